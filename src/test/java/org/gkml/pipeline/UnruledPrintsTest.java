package org.gkml.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalogs printed to PDF without ruling lines, as bureaus print an Excel sheet or a Word table with no borders
 * (src/test/resources/unruled, generators mk*.py beside them), scored against their gold in
 * published-gold/unruled as ../shared/eval/score.py scores: every gold entry found, field accuracy at least the
 * file's bar (the measure when it was set).
 */
class UnruledPrintsTest {

    private static final Path PRINTS = Path.of("src", "test", "resources", "unruled");
    private static final Path GOLD = Path.of("src", "test", "resources", "published-gold", "unruled");

    @ParameterizedTest(name = "{0} ≥ {1}")
    @CsvSource({
            "p5_ylyb_unruled.pdf, 1.0",   // two-row header, bottom-aligned cells, merged 一级事项 at the bottom
            "p6_fyjt_unruled.pdf, 1.0",   // one-row header
            "p7_lljt_unruled.pdf, 1.0",   // no 序号 column: rows parted by blank space, Excel, top-aligned
            "p8_smws_unruled.pdf, 1.0",   // group-label rows (一、机构信息), Word, top-aligned, over two pages
            "p9_slmz_unruled.pdf, 1.0",   // centred cells, the strips join four columns
            "p10_jnrs_unruled.pdf, 1.0",  // centred, merged 一级事项 in the middle, no header on page 2
            "p11_hzsj_unruled.pdf, 1.0",  // header repeated on page 2, a row cut by the page break
            "p12_szyj_unruled.pdf, 1.0",  // landscape, tick columns under group labels, wrapped sub-labels
            "p13_xdzj_unruled.pdf, 1.0",  // bare 一级 / 二级 labels, merged first-level cells at their top
    })
    void anUnruledPrintReadsAsItsGold(String name, double bar) throws Exception {
        JsonNode gold = CatalogJson.MAPPER.readTree(GOLD.resolve(name + ".json").toFile());
        JsonNode pred = CatalogJson.toJson(new CatalogReader(Mappings.builtIn()).read(PRINTS.resolve(name)));
        GoldComparison.Result r = GoldComparison.compare(gold, pred);
        r.misses().forEach(m -> System.out.println("  miss " + m));
        assertEquals(r.goldEntries(), r.predictedEntries(), name + ": entries found");
        assertTrue(r.accuracy() >= bar, name + ": field accuracy " + r.accuracy() + " below " + bar);
    }

    @org.junit.jupiter.api.Test
    void everyPrintHasGold() throws Exception {
        try (var files = Files.list(PRINTS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                assertTrue(Files.exists(GOLD.resolve(p.getFileName() + ".json")), "no gold for " + p);
            }
        }
    }
}
