package org.gkml.report.coverage;

import java.util.List;

/**
 * Whether two item names are one item: the matchers are asked in turn (folded text, synonyms, word overlap,
 * character pairs) and the first with a say decides, by its threshold. A name listing two items beside a name of one
 * of them is not that item (see {@link ListedItems}). The 一级事项 is context for the two
 * likeness methods: names under clearly different 一级事项 (no word and no character pair in common, 养老服务通用政策 /
 * 公租房保障) need to be more alike to be one item.
 */
public final class Concordance {

    /**
     * What a likeness keeps when the 一级事项 are clearly different: names with the same content words (0.85) still
     * meet, a qualified form only when it is most of the other name (养老服务政策文件 under 养老服务通用政策 is not the
     * 政策文件 of 公租房保障).
     */
    static final double CATEGORIES_APART = 0.85;

    private final List<ItemMatcher> matchers;
    private final ItemWords words;

    public Concordance(List<ItemMatcher> matchers, ItemWords words) {
        this.matchers = List.copyOf(matchers);
        this.words = words;
    }

    /** The matchers gkml uses, in the order they are asked. */
    public static Concordance of(ItemNames names, ItemWords words) {
        return new Concordance(List.of(new NormalisedMatcher(), new SynonymMatcher(names), new WordOverlapMatcher(words),
                new BigramMatcher(words)), words);
    }

    /**
     * The same with the synonyms of 同义词词林 asked before the word overlap ({@link CilinMatcher}): measured on the
     * pairs (ItemPairsTest), not used by gkml report. On the development pairs it added as many wrong merges as right
     * ones (社会组织 / 社会团体, 生育 / 生产 are one meaning in 词林), and a wrong merge in the coverage matrix is
     * silently wrong data.
     */
    public static Concordance withThesaurus(ItemNames names, ItemWords words, Cilin cilin) {
        return new Concordance(List.of(new NormalisedMatcher(), new SynonymMatcher(names), new CilinMatcher(words, cilin),
                new WordOverlapMatcher(words), new BigramMatcher(words)), words);
    }

    /** A verdict: the method that decided, its likeness (after the 一级事项 are weighed) and whether they are one item. */
    public record Verdict(ItemNames.Method method, double score, boolean same) {
    }

    /** The verdict of the first matcher with a say, or null when none has one (nothing in common). */
    public Verdict judge(ItemMatcher.Named a, ItemMatcher.Named b) {
        for (ItemMatcher m : matchers) {
            ItemMatcher.Match r = m.match(a, b);
            if (r == null) continue;
            double score = r.score();
            if (r.method() == ItemNames.Method.WORDS || r.method() == ItemNames.Method.CILIN || r.method() == ItemNames.Method.BIGRAMS) {
                if (categoriesApart(a.category(), b.category())) {
                    score *= CATEGORIES_APART;
                    // a general word alone (审批, 机构, 分配) names an item only with its 一级事项: 审批信息 under 最低生活保障
                    // is not 审批决定 under 环境影响评价
                    if (general(a.name()) || general(b.name())) score *= CATEGORIES_APART;
                }
                // a name listing two items beside one of them (迁出、迁入登记 / 迁入登记) names more than the one
                if (ListedItems.oneOfTheListed(words, a.name(), b.name())) score *= WordOverlapMatcher.DIFFERING;
            }
            // a name that says only what of a service is published (办事指南, 申请条件) is that service's item: under two
            // 一级事项 that are not one item (临时救助 / 特困人员救助供养), the same words are two items
            if (words.aspectOnly(a.name()) || words.aspectOnly(b.name())) score *= ServiceContext.likeness(this, words, a.category(), b.category());
            return new Verdict(r.method(), score, score >= m.threshold());
        }
        return null;
    }

    /** Whether two names are one item. */
    public boolean same(ItemMatcher.Named a, ItemMatcher.Named b) {
        Verdict v = judge(a, b);
        return v != null && v.same();
    }

    /** Whether the name says one short word and nothing else (see {@link WordOverlapMatcher#SPECIFIC_WORD}). */
    private boolean general(String name) {
        List<String> w = words.named(name);
        return w.size() == 1 && w.get(0).codePointCount(0, w.get(0).length()) < WordOverlapMatcher.SPECIFIC_WORD;
    }

    private boolean categoriesApart(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) return false;
        String x = words.content(a);
        String y = words.content(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        for (String w : words.words(a)) if (words.words(b).contains(w)) return false;
        return BigramMatcher.dice(x, y) == 0;
    }
}
