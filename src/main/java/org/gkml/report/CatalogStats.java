package org.gkml.report;

import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Region;
import org.gkml.report.rules.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few numbers of one catalog the HTML summary draws, kept while the catalog's entries are let go.
 *
 * @param place             the county (else city, else province) the catalog is of, or null
 * @param workingDayLimits  the time limits stated in working days, one per entry that states one
 * @param problems          findings per rule id
 */
public record CatalogStats(String agency, String source, String place, int entries, List<Integer> workingDayLimits,
                           Map<String, Integer> problems) {

    public static CatalogStats of(CatalogDocument d, List<Violation> found) {
        List<Integer> limits = new ArrayList<>();
        for (Entry e : d.entries()) {
            if (e.deadlineDays() != null && e.deadlineUnit() == DeadlineUnit.WORKING_DAY) limits.add(e.deadlineDays());
        }
        Map<String, Integer> problems = new LinkedHashMap<>();
        for (Violation v : found) problems.merge(v.rule().id(), 1, Integer::sum);
        Region r = d.region() == null ? Region.UNKNOWN : d.region();
        String place = r.county() != null ? r.county() : r.city() != null ? r.city() : r.province();
        return new CatalogStats(ReportBuilder.column(d), d.source(), place, d.entries().size(), List.copyOf(limits), problems);
    }

    public int problemCount() {
        return problems.values().stream().mapToInt(Integer::intValue).sum();
    }
}
