package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds against the careful reader's gold records in ../shared/gold, compared as the project's scorer
 * does: every gold entry found, and fields right. The catalogs must read without code changes, so this
 * guards the heuristics as a whole.
 */
class GoldScoreTest {

    private static final Path GOLD = Path.of(System.getProperty("gkml.shared", "../shared"), "gold");

    @Test
    void seedsMatchGold() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(GOLD), "no gold records beside the checkout");
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        int fields = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        try (var files = Files.list(GOLD)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".txt.json")).sorted().toList()) {
                JsonNode gold = CatalogJson.MAPPER.readTree(g.toFile());
                String source = gold.get("source").asText();
                GoldComparison.Result r = GoldComparison.compare(gold, CatalogJson.toJson(reader.read(Path.of("corpus", source))));
                assertEquals(r.goldEntries(), r.predictedEntries(), source + ": entry count");
                fields += r.fields();
                right += r.right();
                r.misses().forEach(m -> misses.add(source + " " + m));
            }
        }
        double accuracy = (double) right / fields;
        System.out.printf("gold: %d of %d fields right (%.3f)%n", right, fields, accuracy);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue(accuracy >= 0.98, "field accuracy " + accuracy + " below 0.98; misses: " + misses);
    }
}
