package org.gkml.report;

import org.gkml.catalog.CatalogDocument;
import org.gkml.report.coverage.ConcordanceFile;
import org.gkml.report.coverage.Coverage;
import org.gkml.report.html.HtmlSummary;
import org.gkml.report.rules.Rule;
import org.gkml.report.rules.Violation;
import org.gkml.report.source.CatalogSource;
import org.gkml.report.source.Progress;
import org.gkml.report.xlsx.ReportWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the workbook: every catalog of the source that passes the filter is checked against the rules, added to
 * the concordance and compared with the reference as it streams by; the coverage matrix follows at the end.
 */
public final class ReportBuilder {

    /**
     * What a report writes.
     *
     * @param workbook    the .xlsx
     * @param html        the one-page summary, or null
     * @param concordance the suggested concordance of items (TSV), or null
     */
    public record Outputs(Path workbook, Path html, Path concordance) {
    }

    private final ReportVocabulary vocabulary;

    public ReportBuilder(ReportVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param references the reference catalogs, already read (may be empty)
     * @param outputs    the files to write
     * @throws ReportException when the source cannot be read or no catalog is left to report on
     */
    public ReportSummary build(CatalogSource source, List<CatalogDocument> references, CatalogFilter filter, Outputs outputs,
                               Progress progress) throws IOException, ReportException {
        Path out = outputs.workbook();
        Path html = outputs.html();
        List<CatalogStats> stats = new ArrayList<>();
        Coverage coverage = new Coverage(vocabulary.itemNames(), vocabulary.itemWords());
        for (CatalogDocument r : references) coverage.addReference(r);
        ReferenceFit fit = new ReferenceFit(references, coverage, vocabulary.itemNames(), vocabulary.itemWords(), vocabulary.referenceFit());
        Map<String, Integer> problems = new LinkedHashMap<>();
        for (Rule r : vocabulary.rules().rules()) problems.put(r.spec().id(), 0);
        List<ReportSummary.Failure> failures = new ArrayList<>();
        int[] counts = new int[2];   // catalogs, filtered out
        long[] entries = new long[1];
        try (ReportWorkbook wb = new ReportWorkbook(vocabulary.declaredKey(), references.size() > 1)) {
            source.read(new CatalogSource.Sink() {
                @Override
                public void catalog(ReportCatalog c) {
                    if (!filter.test(c.doc())) {
                        counts[1]++;
                        return;
                    }
                    counts[0]++;
                    entries[0] += c.doc().entries().size();
                    List<Violation> found = vocabulary.rules().check(c.doc());
                    for (Violation v : found) problems.merge(v.rule().id(), 1, Integer::sum);
                    wb.add(c, found);
                    if (html != null) stats.add(CatalogStats.of(c.doc(), found));
                    String column = column(c.doc());
                    Set<String> keys = coverage.add(column, c.doc());
                    if (!coverage.hasReference()) return;
                    ReferenceFit.Verdict v = fit.judge(c.doc(), keys);
                    coverage.compared(column, v.compared());
                    if (v.any()) wb.gaps(c, coverage, keys, v.compared());
                    else wb.otherField(c, v.reason());
                }

                @Override
                public void failure(String file, String reason) {
                    failures.add(new ReportSummary.Failure(file, reason));
                }
            }, progress);
            if (counts[0] == 0) {
                throw new ReportException(counts[1] > 0 ? "none of the " + counts[1] + " catalogs matches --filter; no report written"
                        : "no catalog to report on" + (failures.isEmpty() ? "" : " (" + failures.size() + " files could not be read)") + "; no report written");
            }
            if (!coverage.hasReference()) wb.noReference();
            wb.coverage(coverage);
            wb.write(out);
            ReportSummary summary = new ReportSummary(out.toString(), counts[0], counts[1], entries[0], problems, coverage.rows().size(),
                    coverage.columns().size(), coverage.hasReference() ? wb.rows(ReportWorkbook.GAPS) : 0, failures);
            if (outputs.concordance() != null) ConcordanceFile.write(outputs.concordance(), coverage);
            if (html != null) {
                new HtmlSummary(summary, stats, coverage, vocabulary.rules().rules(), vocabulary.maxWorkingDays()).write(html);
            }
            return summary;
        }
    }

    /**
     * The coverage column of a catalog: its agency; else its title with the place it is of (`南江县乡村振兴领域…标准目录`,
     * `宝坻区 社会救助领域…标准目录`: the title says the place, or the county, city or province read around it goes in
     * front), so the same catalog in two files is one column; else its file name (a catalog of no known agency or
     * place stands alone: two counties' `户籍管理领域基层政务公开标准目录` are not one column).
     */
    static String column(CatalogDocument d) {
        if (d.agency() != null && !d.agency().isBlank()) return d.agency().strip();
        String place = place(d.region());
        if (d.title() != null && !d.title().isBlank() && place != null) {
            String title = d.title().strip();
            return title.contains(place) ? title : place + " " + title;
        }
        return d.source() == null ? "?" : d.source();
    }

    /** The narrowest place a region names, or null. */
    private static String place(org.gkml.catalog.Region r) {
        if (r == null) return null;
        for (String p : new String[]{r.county(), r.city(), r.province()}) if (p != null && !p.isBlank()) return p.strip();
        return null;
    }
}
