package org.gkml.report.rules;

/**
 * A rule made from its row of mappings/report-rules.tsv: holds the {@link RuleSpec} once, so a classifier keeps
 * only its own state (the thresholds and words it read from the spec).
 */
abstract class SpecifiedRule implements Rule {

    private final RuleSpec spec;

    SpecifiedRule(RuleSpec spec) {
        if (spec == null) throw new IllegalArgumentException("a rule without its spec: " + getClass().getSimpleName());
        this.spec = spec;
    }

    @Override
    public final RuleSpec spec() {
        return spec;
    }
}
