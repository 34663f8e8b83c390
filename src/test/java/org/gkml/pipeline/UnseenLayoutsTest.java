package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalogs in layouts the readers were not written for (corpus/layouts, made by corpus/layouts/make/make_all.py:
 * three Word-table text exports, three PDF-flow texts of other bureaus and places) against their hand-written
 * gold (src/test/resources/layout-gold), compared as ../shared/eval/score.py does: NFKC, white space removed,
 * lists as sets, entries aligned in order (a missing entry costs all its fields).
 *
 * <p>The thresholds are a little below what the readers achieved when these files were written (fields right
 * of gold fields, equal to score.py's field_accuracy), so the test guards against regressions; raise them as
 * the readers learn these layouts. First measured when the files were written; then after the readers
 * learned from them (columns that fill down from mappings/schema.tsv, 领域 across groups, merged group cells
 * across PDF-flow rows, header variants glued by their words, more cell signals):
 * <pre>
 *                             written  learned  what is still missed
 * a1_cangxi_health_word       0.960    1.000
 * a2_luoyang_housing_word     0.973    1.000
 * a3_jiangxi_education_word   0.965    1.000    (an empty 序号 in its group now takes the group's number, as merged)
 * b1_jiangchuan_street_flow   0.829    1.000
 * b2_weihui_resources_flow    0.802    1.000
 * b3_huzhou_ecology_flow      0.710    0.979    a 备注 that reads like a time limit (公示期不少于五个工作日)
 * </pre>
 *
 * <p>c1-c3 are multi-page PDF-flow catalogs, harder than b1-b3 (see corpus/layouts/README.md):
 * <pre>
 *                                    written  learned  what is still missed
 * c1_wujiang_market_pages_flow       0.632    1.000
 * c2_shunde_hrss_noseq_flow          0.794    0.961    no 序号: a wrapped 一级事项 under a merged cell read apart
 * c3_yuelu_education_centred_flow    0.920    0.954    一级事项 printed in the middle row of its group, not the first
 *                                                      (rows above it take the previous group's)
 * </pre>
 * Learned: page numbers, running titles and repeated headers left out; an outer header label that names
 * no column (公开属性) takes the groups printed below it; "/" read as an unticked tick cell; 责任股室 known; a
 * table without 序号 read as one run of rows; a 责任部门 / 公开主体 cell ending in a unit's name is complete.
 *
 * <p>Rows naming a file under renditions/ are a1-a3 as DOCX, PDF, XLSX, DOC and HTML (made by
 * corpus/layouts/make/convert.sh through LibreOffice from HTML masters with the merges the text shows),
 * scored against their text original's gold. Thresholds: 0.995 where all fields were right (one miss fails),
 * else just below the measure. Measured when added:
 * <pre>
 * renditions/a1_cangxi_health_word.docx       1.000
 * renditions/a1_cangxi_health_word.pdf        0.992    a line break inside a cell (医政医管股 / 行政审批股) is not
 *                                                      told from a wrap in a PDF: the two units read as one
 * renditions/a2_luoyang_housing_word.xlsx     1.000
 * renditions/a2_luoyang_housing_word.doc      1.000
 * renditions/a3_jiangxi_education_word.html   1.000    (the merged 序号 cell gives every row its group number)
 * renditions/a3_jiangxi_education_word.pdf    1.000
 * </pre>
 *
 * <p>Rows naming ../renditions/word-pdf/ are a1 and a3 as bureaus make them: a Word table with real merges
 * exported to PDF by Writer (corpus/renditions/word-pdf/make/make_word_pdf.py). Measured when added, and
 * after the PDF reader learned from them:
 * <pre>
 *                                                  added   learned
 * word-pdf/a1_cangxi_health_word.word-portrait.pdf  1.000   1.000   portrait, thick outer border
 * word-pdf/a3_jiangxi_education_word.word-double.pdf 0.319  1.000   a 2.25 pt double frame made a frame of
 *                                                                    thin cells that swallowed the table
 * </pre>
 *
 * <p>Rows naming ../renditions/ofd/ are those PDFs as OFD (scripts/ofd/make.sh, through ofdrw), held to their
 * PDF's bar; ../renditions/wps/ holds a2's DOC as WPS Office's .wps. All read 1.000 when added.
 */
class UnseenLayoutsTest {

    private static final Path LAYOUTS = Path.of("corpus", "layouts");
    private static final Path GOLD = Path.of("src", "test", "resources", "layout-gold");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a1_cangxi_health_word.txt,     0.99,",
            "a2_luoyang_housing_word.txt,   0.99,",
            "a3_jiangxi_education_word.txt, 0.995,",
            "b1_jiangchuan_street_flow.txt, 0.99,",
            "b2_weihui_resources_flow.txt,  0.99,",
            "b3_huzhou_ecology_flow.txt,    0.97,",
            "c1_wujiang_market_pages_flow.txt,    0.995,",
            "c2_shunde_hrss_noseq_flow.txt,       0.95,",
            "c3_yuelu_education_centred_flow.txt, 0.94,",
            "renditions/a1_cangxi_health_word.docx,    0.995, a1_cangxi_health_word.txt",
            "renditions/a1_cangxi_health_word.pdf,     0.99, a1_cangxi_health_word.txt",
            "renditions/a2_luoyang_housing_word.xlsx,  0.995, a2_luoyang_housing_word.txt",
            "renditions/a2_luoyang_housing_word.doc,   0.995, a2_luoyang_housing_word.txt",
            "renditions/a3_jiangxi_education_word.html, 0.995, a3_jiangxi_education_word.txt",
            "renditions/a3_jiangxi_education_word.pdf, 0.995, a3_jiangxi_education_word.txt",
            "../renditions/word-pdf/a1_cangxi_health_word.word-portrait.pdf,   0.995, a1_cangxi_health_word.txt",
            "../renditions/word-pdf/a3_jiangxi_education_word.word-double.pdf, 0.995, a3_jiangxi_education_word.txt",
            "../renditions/ofd/a1_cangxi_health_word.ofd,                      0.99, a1_cangxi_health_word.txt",
            "../renditions/ofd/a3_jiangxi_education_word.ofd,                  0.995, a3_jiangxi_education_word.txt",
            "../renditions/ofd/a1_cangxi_health_word.word-portrait.ofd,        0.995, a1_cangxi_health_word.txt",
            "../renditions/ofd/a3_jiangxi_education_word.word-double.ofd,      0.995, a3_jiangxi_education_word.txt",
            "../renditions/wps/a2_luoyang_housing_word.wps,                    0.995, a2_luoyang_housing_word.txt",
    })
    void readsUnseenLayout(String file, double threshold, String goldOf) throws Exception {
        // a rendition is scored against the gold of the text it was made from (third column)
        String goldName = (goldOf == null ? file : goldOf) + ".json";
        JsonNode gold = CatalogJson.MAPPER.readTree(GOLD.resolve(goldName).toFile());
        JsonNode pred = CatalogJson.toJson(new CatalogReader(Mappings.builtIn()).read(LAYOUTS.resolve(file)));
        GoldComparison.Result r = GoldComparison.compare(gold, pred);
        System.out.printf("%s: %d of %d fields right (%.3f), entries gold=%d predicted=%d%n",
                file, r.right(), r.fields(), r.accuracy(), r.goldEntries(), r.predictedEntries());
        r.misses().forEach(m -> System.out.println("  miss " + m));
        assertTrue(r.accuracy() >= threshold, file + ": field accuracy " + r.accuracy() + " below " + threshold);
    }
}
