package org.gkml.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares a catalog's JSON with its gold record as ../shared/eval/score.py does: a gold key that is present
 * is scored; text after NFKC with white space removed; lists as sets; entries aligned in order (a missing
 * entry costs all its fields).
 */
final class GoldComparison {

    /** Fields scored, fields right, and a line per miss. */
    record Result(int fields, int right, List<String> misses, int goldEntries, int predictedEntries) {
        double accuracy() {
            return fields == 0 ? 1 : (double) right / fields;
        }
    }

    private GoldComparison() {
    }

    static Result compare(JsonNode gold, JsonNode pred) {
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
        return new Result(fields, right, misses, ge.size(), pe.size());
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
