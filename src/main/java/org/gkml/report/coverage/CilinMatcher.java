package org.gkml.report.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * Names whose content words are the same or synonyms by 同义词词林 (see {@link Cilin}) are one item as they would be
 * with the same words: 环境行政处罚 / 环境行政惩罚, 机构职能 / 单位职能. Each word of one name that the other lacks is
 * aligned with a word of the other that it means; the aligned words are then judged as {@link WordOverlapMatcher}
 * judges equal ones (all words, or a qualified form ending in the same head; a kind or a sibling keeps them apart).
 *
 * <p>It has a say only when a synonym was aligned and the names are then one item: otherwise the word overlap
 * judges them as before, so this method adds merges and never takes one away.
 */
public final class CilinMatcher implements ItemMatcher {

    /** The likeness from which two names are one item: as for equal words ({@link WordOverlapMatcher#THRESHOLD}). */
    public static final double THRESHOLD = WordOverlapMatcher.THRESHOLD;

    private final WordOverlapMatcher overlap;
    private final ItemWords words;
    private final Cilin cilin;

    public CilinMatcher(ItemWords words, Cilin cilin) {
        this.overlap = new WordOverlapMatcher(words);
        this.words = words;
        this.cilin = cilin;
    }

    @Override
    public Match match(Named a, Named b) {
        Double score = overlap.score(a, b, this::align);
        return score == null || score < THRESHOLD ? null : new Match(ItemNames.Method.CILIN, score);
    }

    /** {@code y} with each word {@code x} lacks read as the first word of {@code x}, not in {@code y}, that it means. */
    List<String> align(List<String> x, List<String> y) {
        List<String> out = new ArrayList<>(y.size());
        List<String> taken = new ArrayList<>();
        boolean aligned = false;
        String xHead = x.get(x.size() - 1);
        String yHead = y.get(y.size() - 1);
        for (String w : y) {
            String as = w;
            if (!x.contains(w) && alignable(w, yHead)) {
                for (String v : x) {
                    if (!y.contains(v) && !taken.contains(v) && alignable(v, xHead) && cilin.close(v, w)) {
                        as = v;
                        taken.add(v);
                        aligned = true;
                        break;
                    }
                }
            }
            out.add(as);
        }
        return aligned ? out : null;
    }

    /**
     * Whether a word may be read as its synonym: not the name's head (the last word says what the item is, and the
     * words 词林 gives one meaning name different items there: 就业帮扶 / 就业援助, 专项规划 / 专项计划), and not a word
     * mappings/item-words.tsv reads on purpose (审批 / 审核 are two steps).
     */
    private boolean alignable(String word, String head) {
        return !word.equals(head) && !words.isWritten(word);
    }

    @Override
    public double threshold() {
        return THRESHOLD;
    }
}
