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
 * the readers learn these layouts. Measured on 2026-11-23 (commit 362b97e readers):
 * <pre>
 * a1_cangxi_health_word       121/126 = 0.960  empty 备注 cells filled down from the row above
 * a2_luoyang_housing_word     180/185 = 0.973  领域 not filled down where 一级事项 changes
 * a3_jiangxi_education_word   139/144 = 0.965  empty 序号 under a merged group read as null; 备注 filled down
 * b1_jiangchuan_street_flow   107/129 = 0.829  rows under a merged 一级事项 shifted one column left
 * b2_weihui_resources_flow     93/116 = 0.802  rows under a merged 类别 shifted; channel/audience pieces misplaced
 * b3_huzhou_ecology_flow      103/145 = 0.710  wrapped header 信息公开/责任科室 unread (责任, 备注 lost, 2 extra
 *                                              entries); merged 一级事项 shift; 每月N日前 taken into 公开依据
 * </pre>
 */
class UnseenLayoutsTest {

    private static final Path LAYOUTS = Path.of("corpus", "layouts");
    private static final Path GOLD = Path.of("src", "test", "resources", "layout-gold");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a1_cangxi_health_word.txt,     0.95",
            "a2_luoyang_housing_word.txt,   0.96",
            "a3_jiangxi_education_word.txt, 0.95",
            "b1_jiangchuan_street_flow.txt, 0.82",
            "b2_weihui_resources_flow.txt,  0.79",
            "b3_huzhou_ecology_flow.txt,    0.70",
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
