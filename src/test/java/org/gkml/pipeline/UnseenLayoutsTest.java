package org.gkml.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
 * a3_jiangxi_education_word   0.965    0.972    empty 序号 under a merged group read as null (a judgment call)
 * b1_jiangchuan_street_flow   0.829    1.000
 * b2_weihui_resources_flow    0.802    0.966    a subject's first line kept in the time limit; 信函、当面 channels
 * b3_huzhou_ecology_flow      0.710    0.890    time-limit first lines kept in 公开依据; a row's printed 一级事项
 *                                              read as its item; a 备注 that reads like a time limit
 * </pre>
 */
class UnseenLayoutsTest {

    private static final Path LAYOUTS = Path.of("corpus", "layouts");
    private static final Path GOLD = Path.of("src", "test", "resources", "layout-gold");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a1_cangxi_health_word.txt,     0.99",
            "a2_luoyang_housing_word.txt,   0.99",
            "a3_jiangxi_education_word.txt, 0.96",
            "b1_jiangchuan_street_flow.txt, 0.99",
            "b2_weihui_resources_flow.txt,  0.95",
            "b3_huzhou_ecology_flow.txt,    0.87",
    })
    void readsUnseenLayout(String file, double threshold) throws Exception {
        JsonNode gold = CatalogJson.MAPPER.readTree(GOLD.resolve(file + ".json").toFile());
        JsonNode pred = CatalogJson.toJson(new CatalogReader().read(LAYOUTS.resolve(file)));
        List<String> misses = new ArrayList<>();
        int fields = 0;
        int right = 0;
        for (String key : List.of("title", "agency", "level")) {
            if (!gold.has(key)) continue;
            fields++;
            if (same(gold.get(key), pred.get(key))) right++;
            else misses.add(key + ": " + pred.get(key));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.path("region").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> part = it.next();
            fields++;
            if (same(part.getValue(), pred.path("region").get(part.getKey()))) right++;
            else misses.add("region." + part.getKey() + ": " + pred.path("region").get(part.getKey()));
        }
        List<JsonNode> ge = list(gold.get("entries"));
        List<JsonNode> pe = list(pred.get("entries"));
        int[] match = align(ge, pe);
        for (int i = 0; i < ge.size(); i++) {
            for (Iterator<Map.Entry<String, JsonNode>> it = ge.get(i).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                fields++;
                JsonNode p = match[i] < 0 ? null : pe.get(match[i]).get(f.getKey());
                if (match[i] >= 0 && same(f.getValue(), p)) right++;
                else misses.add("#" + (i + 1) + " " + f.getKey() + ": " + (match[i] < 0 ? "(entry missing)" : p));
            }
        }
        double accuracy = (double) right / fields;
        System.out.printf("%s: %d of %d fields right (%.3f), entries gold=%d predicted=%d%n",
                file, right, fields, accuracy, ge.size(), pe.size());
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue(accuracy >= threshold, file + ": field accuracy " + accuracy + " below " + threshold);
    }

    /** For each gold entry the index of its predicted entry, or -1: order-preserving, most fields agreeing. */
    private static int[] align(List<JsonNode> gold, List<JsonNode> pred) {
        int n = gold.size();
        int m = pred.size();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) sim[i][j] = agreement(gold.get(i), pred.get(j));
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double take = sim[i][j] >= 0.3 ? best[i + 1][j + 1] + sim[i][j] : -1;
                best[i][j] = Math.max(Math.max(best[i + 1][j], best[i][j + 1]), take);
            }
        }
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (sim[i][j] >= 0.3 && best[i][j] == best[i + 1][j + 1] + sim[i][j]) out[i++] = j++;
            else if (best[i][j] == best[i + 1][j]) i++;
            else j++;
        }
        return out;
    }

    private static double agreement(JsonNode gold, JsonNode pred) {
        int n = 0;
        int same = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            n++;
            if (same(f.getValue(), pred.get(f.getKey()))) same++;
        }
        return n == 0 ? 0 : (double) same / n;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null) array.forEach(out::add);
        return out;
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
        return n.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
    }
}
