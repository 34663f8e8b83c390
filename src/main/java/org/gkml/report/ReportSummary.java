package org.gkml.report;

import java.util.List;
import java.util.Map;

/**
 * What a report run made, for the terminal and for {@code --json}.
 *
 * @param catalogs  catalogs in the report
 * @param filtered  catalogs read but left out by --filter
 * @param problems  findings per rule id, in the rules' order
 * @param items     rows of the coverage matrix
 * @param columns   its columns (agencies)
 * @param gaps      rows of 缺项
 * @param failures  files that could not be read, with the reason
 */
public record ReportSummary(String out, int catalogs, int filtered, long entries, Map<String, Integer> problems,
                            int items, int columns, long gaps, List<Failure> failures) {

    public record Failure(String file, String reason) {
    }

    public int problemCount() {
        return problems.values().stream().mapToInt(Integer::intValue).sum();
    }
}
