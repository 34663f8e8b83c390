package org.gkml.report.rules;

import org.gkml.catalog.CatalogDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checks of mappings/report-rules.tsv, built into {@link Rule}s in the order the file lists them. A row names a
 * classifier by its id; the row's severity, explanation and parameters are the classifier's data. An id written
 * {@code classifier:name} is a further rule of that classifier ({@code required-field:responsible}), so a county's
 * own check of a kind that exists is one more row.
 */
public final class RuleBook {

    /** Every classifier a row may name. */
    private static final Map<String, Function<RuleSpec, Rule>> CLASSIFIERS = Map.of(
            MissingBasis.ID, MissingBasis::new,
            TimeLimitTooLong.ID, TimeLimitTooLong::new,
            MissingChannel.ID, MissingChannel::new,
            DuplicateSeq.ID, DuplicateSeq::new,
            MissingSeq.ID, MissingSeq::new,
            FewerItemsThanDeclared.ID, FewerItemsThanDeclared::new,
            RequiredField.ID, RequiredField::new,
            ForbiddenWords.ID, ForbiddenWords::new);

    private final List<Rule> rules;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The rules of the file's rows: id, severity, explanation, then key=value parameters separated by spaces.
     *
     * @throws IllegalArgumentException naming the row when a row is malformed or names no known rule
     */
    public static RuleBook of(List<String[]> rows) {
        List<Rule> rules = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String[] row : rows) {
            String id = row[0].strip();
            int colon = id.indexOf(':');
            Function<RuleSpec, Rule> make = CLASSIFIERS.get(colon < 0 ? id : id.substring(0, colon));
            if (make == null) {
                throw new IllegalArgumentException("mappings/report-rules.tsv: no rule named '" + id + "' (known: "
                        + String.join(", ", CLASSIFIERS.keySet().stream().sorted().toList()) + ")");
            }
            if (!ids.add(id)) throw new IllegalArgumentException("mappings/report-rules.tsv: rule " + id + " is listed twice; name the second " + id + ":something");
            if (row.length < 3) throw new IllegalArgumentException("mappings/report-rules.tsv: rule " + id + " needs a severity and an explanation");
            Map<String, String> params = new LinkedHashMap<>();
            if (row.length > 3) {
                for (String kv : row[3].strip().split("\\s+")) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0) throw new IllegalArgumentException("mappings/report-rules.tsv: rule " + id + ": '" + kv + "' is not key=value");
                    params.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            rules.add(make.apply(new RuleSpec(id, row[1].strip(), row[2].strip(), params)));
        }
        return new RuleBook(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every finding of every rule on the catalog, rule by rule. */
    public List<Violation> check(CatalogDocument catalog) {
        List<Violation> out = new ArrayList<>();
        for (Rule r : rules) out.addAll(r.check(catalog));
        return out;
    }
}
