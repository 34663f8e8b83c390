package org.gkml.report.coverage;

import java.util.HashSet;
import java.util.Set;

/**
 * The fallback for names HanLP splits into single characters (words it does not know, 双随机, 三公): the Dice
 * coefficient of the character pairs of the two names' content (generic words left out). It has a say only on
 * names that share no word, so it never overrules the word overlap.
 */
public final class BigramMatcher implements ItemMatcher {

    /**
     * Nine of ten character pairs in common: only a character more or less in a long name. Names one character
     * apart (部门预算 / 部门决算: 1/3, 三公经费预算 / 三公经费决算: 3/5) stay below, and so does a narrower item that
     * HanLP reads as other words (水环境质量 / 环境质量: 0.86, tuned on the pairs).
     */
    public static final double THRESHOLD = 0.9;

    private final ItemWords words;

    public BigramMatcher(ItemWords words) {
        this.words = words;
    }

    @Override
    public Match match(Named a, Named b) {
        String x = words.content(a.name());
        String y = words.content(b.name());
        if (x.isEmpty() || y.isEmpty()) return null;
        return new Match(ItemNames.Method.BIGRAMS, dice(x, y));
    }

    @Override
    public double threshold() {
        return THRESHOLD;
    }

    static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) return a.equals(b) ? 1 : 0;
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) out.add(new String(cps, i, 2));
        if (cps.length == 1) out.add(s);
        return out;
    }
}
