package org.gkml.report.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items whose names look alike but did not meet (机关职能 / 机构职能, 政府信息公开年报 / 政府信息公开年度报告): offered in
 * the concordance file as a suggestion for the coordinator to confirm, never merged on their own. Likeness is the
 * Dice coefficient of the folded names' character bigrams (a row of a service's 办事指南 is not suggested for another
 * service's); candidates come from a bigram index, so the cost grows
 * with the items that share a bigram, not with all pairs.
 */
public final class SimilarItems {

    /** A likely other name of an item, and how alike the two are (0–1). */
    public record Match(String key, double score) {
    }

    private final double threshold;

    /** @param threshold the least likeness worth suggesting */
    public SimilarItems(double threshold) {
        this.threshold = threshold;
    }

    /** For each key, the likest other key at or above the threshold (keys without one are left out). */
    public Map<String, Match> best(List<String> keys) {
        List<Set<String>> grams = new ArrayList<>(keys.size());
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Set<String> g = BigramMatcher.bigrams(Coverage.nameOf(keys.get(i)));
            grams.add(g);
            for (String b : g) index.computeIfAbsent(b, x -> new ArrayList<>()).add(i);
        }
        Map<String, Match> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String b : grams.get(i)) for (int j : index.get(b)) if (j != i) shared.merge(j, 1, Integer::sum);
            Match best = null;
            for (Map.Entry<Integer, Integer> s : shared.entrySet()) {
                // the same name of another service's row (办事指南 of 临时救助 beside that of 最低生活保障) is no other name
                if (Coverage.nameOf(keys.get(s.getKey())).equals(Coverage.nameOf(keys.get(i)))) continue;
                double dice = 2.0 * s.getValue() / (grams.get(i).size() + grams.get(s.getKey()).size());
                if (dice >= threshold && (best == null || dice > best.score())) best = new Match(keys.get(s.getKey()), dice);
            }
            if (best != null) out.put(keys.get(i), best);
        }
        return out;
    }
}
