package org.gkml.report.rules;

import java.util.Map;

/**
 * One row of mappings/report-rules.tsv: which check runs, how severe its findings are, what the 问题 sheet
 * says about them, and the thresholds it uses.
 *
 * @param severity    as the sheet shows it (错误, 提醒)
 * @param explanation the one line in Chinese a coordinator reads beside each finding
 * @param params      the rule's thresholds and words, by name
 */
public record RuleSpec(String id, String severity, String explanation, Map<String, String> params) {

    public RuleSpec {
        params = Map.copyOf(params);
    }

    public String param(String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs the parameter " + name + "=… in mappings/report-rules.tsv");
        }
        return v;
    }

    public int intParam(String name) {
        String v = param(name);
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rule " + id + ": " + name + "=" + v + " is not a whole number (mappings/report-rules.tsv)");
        }
    }
}
