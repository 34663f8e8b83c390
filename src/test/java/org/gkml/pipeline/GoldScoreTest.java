package org.gkml.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds against the careful reader's gold records in ../shared/gold, compared as the project's scorer
 * does (NFKC, white space removed, lists as sets): every gold entry found, in order, and fields right.
 * The catalogs must read without code changes, so this guards the heuristics as a whole.
 */
class GoldScoreTest {

    private static final Path GOLD = Path.of(System.getProperty("gkml.shared", "../shared"), "gold");

    @Test
    void seedsMatchGold() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(GOLD), "no gold records beside the checkout");
        CatalogReader reader = new CatalogReader();
        int fields = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        try (var files = Files.list(GOLD)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".txt.json")).sorted().toList()) {
                JsonNode gold = CatalogJson.MAPPER.readTree(g.toFile());
                String source = gold.get("source").asText();
                JsonNode pred = CatalogJson.toJson(reader.read(Path.of("corpus", source)));
                JsonNode ge = gold.get("entries");
                JsonNode pe = pred.get("entries");
                assertEquals(ge.size(), pe.size(), source + ": entry count");
                for (String key : List.of("title", "agency", "level")) {
                    if (!gold.has(key)) continue;
                    fields++;
                    if (same(gold.get(key), pred.get(key))) right++;
                    else misses.add(source + " " + key);
                }
                for (int i = 0; i < ge.size(); i++) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = ge.get(i).fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> f = it.next();
                        fields++;
                        if (same(f.getValue(), pe.get(i).get(f.getKey()))) right++;
                        else misses.add(source + " #" + (i + 1) + " " + f.getKey() + ": " + pe.get(i).get(f.getKey()));
                    }
                }
            }
        }
        double accuracy = (double) right / fields;
        System.out.printf("gold: %d of %d fields right (%.3f)%n", right, fields, accuracy);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue(accuracy >= 0.98, "field accuracy " + accuracy + " below 0.98; misses: " + misses);
    }

    private static boolean same(JsonNode gold, JsonNode pred) {
        return norm(gold).equals(norm(pred));
    }

    private static Object norm(JsonNode v) {
        if (v == null || v.isNull()) return "";
        if (v.isArray()) {
            TreeSet<String> set = new TreeSet<>();
            v.forEach(x -> {
                String s = text(x.asText());
                if (!s.isEmpty()) set.add(s);
            });
            return set;
        }
        return text(v.asText());
    }

    private static String text(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return n.replace('“', '"').replace('”', '"');
    }
}
