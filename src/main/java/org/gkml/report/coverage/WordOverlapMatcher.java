package org.gkml.report.coverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names with the same content words, or one being the other with words in front of it, are one item: 政府信息公开指南 /
 * 公开指南 (信息 and 公开 are generic), 医疗保障相关政策解读 / 政策解读, 人大代表建议、政协提案办理结果 /
 * 建议提案办理结果, 行政处罚 / 行政处罚结果 (结果 only says what of it is published).
 *
 * <p>Form words at the end are left out first. The likeness is then the Dice coefficient of the two sets of
 * content words, raised for a qualified form (the longer has all the shorter's words and ends in the same head)
 * and halved otherwise when the words differ: a word in each name that the other lacks makes siblings (部门预算 /
 * 部门决算, 道路旅客运输经营许可 / 道路货物运输经营许可), and a word after the shorter's head names a part or a step
 * of it (创业担保贷款申请, 部门预算整体支出绩效评价).
 */
public final class WordOverlapMatcher implements ItemMatcher {

    /**
     * The likeness from which two names are one item. Equal words score 1 and a qualified form at least
     * {@link #QUALIFIED}; every other pair is halved below 0.5, so the threshold sits between the two.
     */
    public static final double THRESHOLD = 0.75;
    /** The least likeness of a qualified form; the more of the longer name the shorter covers, the nearer 1. */
    static final double QUALIFIED = 0.8;
    /** What a pair whose words differ otherwise keeps of its Dice: too little for a match, enough to suggest. */
    static final double DIFFERING = 0.5;
    /**
     * The characters from which one word alone names an item, not a general term: 环境质量, 图书馆, 工作总结 with a
     * field or a level in front are still that item; 救助, 许可, 机构 (two) are the general terms of 临时救助,
     * 药品零售企业许可, 派出机构.
     */
    static final int SPECIFIC_WORD = 3;

    private final ItemWords words;

    public WordOverlapMatcher(ItemWords words) {
        this.words = words;
    }

    @Override
    public Match match(Named a, Named b) {
        Double score = score(a, b, null);
        return score == null ? null : new Match(ItemNames.Method.WORDS, score);
    }

    /**
     * The likeness of the two names' words, or null when they have none in common. With {@code aligner}, a word of
     * {@code b} that {@code a} lacks is first read as a word of {@code a} that it means (see {@link CilinMatcher}), and
     * the likeness is null when no word was.
     */
    Double score(Named a, Named b, Aligner aligner) {
        List<String> x0 = wholeOf(words.named(a.name()), words.named(b.name()));
        List<String> y0 = wholeOf(words.named(b.name()), words.named(a.name()));
        if (x0.isEmpty() || y0.isEmpty()) return null;
        List<String> x1 = split(x0, y0);
        List<String> y1 = split(y0, x0);
        // a generic word inside a compound (工作报告) where the other name says the rest (审计报告 read 审计 报告)
        List<String> x = words.withoutGeneric(x1, y1);
        List<String> y = words.withoutGeneric(y1, x1);
        if (aligner != null) {
            y = aligner.align(x, y);
            if (y == null) return null;
        }
        // one word and the same form word (学校名录 / 义务教育学校名录) say what the longer says; one word alone does not
        String form = sameFormEnding(words.words(a.name()), words.words(b.name()));
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        if (common.isEmpty()) return null;
        return score(a.name(), x, b.name(), y, common, form != null);
    }

    /** Reads the words of one name as the words of the other that they mean. */
    interface Aligner {
        /** {@code y} with words that {@code x} lacks replaced by words of {@code x}, or null when none is. */
        List<String> align(List<String> x, List<String> y);
    }

    private double score(String a, List<String> x, String b, List<String> y, Set<String> common, boolean sameForm) {
        if (apart(x) != apart(y)) return 0;
        double dice = 2.0 * common.size() / (x.size() + y.size());
        // a kind one name says and the other does not (一般公共预算决算 / 预算决算, 特困人员供养服务机构 / 服务机构): one of
        // the kinds against the whole or another kind, never one item however many words they share
        if (!words.kinds(a).equals(words.kinds(b))) return dice * DIFFERING;
        boolean xInY = common.size() == x.size();
        boolean yInX = common.size() == y.size();
        if (xInY && yInX) return 1;
        if (xInY && qualifies(x, b, y, sameForm)) return QUALIFIED + (1 - QUALIFIED) * x.size() / y.size();
        if (yInX && qualifies(y, a, x, sameForm)) return QUALIFIED + (1 - QUALIFIED) * y.size() / x.size();
        return dice * DIFFERING;
    }

    /**
     * Whether {@code longer} ends in the shorter's head, so its extra words qualify the same thing (a field, a level,
     * an agency: 区级财政预决算, 失业人员登记). A word after the head names a part or a step of it (创业担保贷款申请);
     * an action right before an action head is a second action beside it, so the longer names two items
     * (农村公路建设养护 is 建设 and 养护, 就业失业登记 is 就业登记 and 失业登记), and so is a sibling of the head
     * (部门预决算 is 部门预算 and 部门决算, so neither alone).
     */
    private boolean qualifies(List<String> shorter, String longerName, List<String> longer, boolean sameForm) {
        // one short word (救助, 许可, 机构) is the general term: 临时救助, 药品零售企业许可, 派出机构 are kinds of it
        if (shorter.size() < 2 && !sameForm && shorter.get(0).codePointCount(0, shorter.get(0).length()) < SPECIFIC_WORD) return false;
        String head = longer.get(longer.size() - 1);
        if (!head.equals(shorter.get(shorter.size() - 1))) return false;
        if (longer.size() < 2) return true;
        String before = longer.get(longer.size() - 2);
        boolean coordinated = !shorter.contains(before)
                && (words.isVerbal(longerName, before) && words.isVerbal(longerName, head) || words.areSiblings(before, head));
        return !coordinated;
    }

    /**
     * The words without the siblings they end in when they name every one of them (三公经费预算、决算: 预算 and 决算)
     * and the other name says none: the name then names the whole thing, as the other does (三公经费). A name that
     * says one of them (部门预算) is one of the siblings, not the whole; a general word left alone (部门 of 部门预决算)
     * names no item.
     */
    private List<String> wholeOf(List<String> w, List<String> other) {
        int n = words.allSiblingsAtEnd(w);
        if (n == 0) return w;
        List<String> tail = w.subList(w.size() - n, w.size());
        for (String s : tail) if (other.contains(s)) return w;
        List<String> rest = w.subList(0, w.size() - n);
        // what is left must name a thing: 部门 of 部门预决算 is a general word, not an item
        boolean specific = rest.size() > 1 || rest.get(0).codePointCount(0, rest.get(0).length()) >= SPECIFIC_WORD;
        return specific ? rest : w;
    }

    /**
     * The words with a compound taken apart where the other name says one of its two parts as a word of its own:
     * HanLP reads the same words as one word in one name and two in the other (消防安全检查 / 消防检查: 安全检查 is
     * read 安全 检查; 老年人优待证 / 老年优待证: 老年人 is read 老年 人). Only a compound of three or more characters is
     * taken apart, once, by the other name's words as HanLP read them.
     */
    static List<String> split(List<String> w, List<String> other) {
        List<String> out = new ArrayList<>(w.size() + 1);
        for (String s : w) {
            String[] parts = other.contains(s) || s.codePointCount(0, s.length()) < SPECIFIC_WORD ? null : parts(s, w, other);
            if (parts == null) out.add(s);
            else {
                out.add(parts[0]);
                out.add(parts[1]);
            }
        }
        return out;
    }

    /** {@code s} as two parts, one of them a word of {@code other} that {@code w} does not say already; or null. */
    private static String[] parts(String s, List<String> w, List<String> other) {
        for (String o : other) {
            if (o.length() >= s.length() || w.contains(o)) continue;
            if (s.endsWith(o)) return new String[]{s.substring(0, s.length() - o.length()), o};
            if (s.startsWith(o)) return new String[]{o, s.substring(o.length())};
        }
        return null;
    }

    /** The form word both names end in, or null. */
    private String sameFormEnding(List<String> x, List<String> y) {
        String last = x.get(x.size() - 1);
        return x.size() > 1 && y.size() > 1 && words.isForm(last) && last.equals(y.get(y.size() - 1)) ? last : null;
    }

    private boolean apart(List<String> w) {
        for (String s : w) if (words.isApart(s)) return true;
        return false;
    }

    @Override
    public double threshold() {
        return THRESHOLD;
    }
}
