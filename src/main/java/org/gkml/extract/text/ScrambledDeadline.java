package org.gkml.extract.text;

import com.hankcs.hanlp.HanLP;
import org.gkml.catalog.Simplified;

import java.util.regex.Pattern;

/**
 * Puts a time-limit cell back in reading order when PDF text extraction moved a piece of it: "之日起 5 / 内予以公 /
 * 开个工作 / 日" reads "…之日起5内予以公开个工作日", whose day count lost its unit. One contiguous piece is moved
 * right after the number when that, and only that, makes the text state a day count; among several such
 * moves the one HanLP reads in the fewest words wins.
 */
final class ScrambledDeadline {

    /** One word fewer outweighs any difference in piece length (pieces are at most {@link #MAX_PIECE} long). */
    private static final int WORD_OVER_LENGTH = 100;

    private static final Pattern DAY_COUNT = Pattern.compile("\\d+个?(工作日|日|天)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** A unit left behind by a wrong move: "个工作" without its 日. */
    private static final Pattern BROKEN_UNIT = Pattern.compile("个工作(?!日)");
    private static final int MAX_PIECE = 6;

    private ScrambledDeadline() {
    }

    /** The repaired text, or the text as it was when it already states a day count or no move helps. */
    static String repair(String text) {
        String printed = text.replaceAll("\\s+", "");
        // Read in simplified characters (個工作日 is 个工作日); the moves are made on the text as printed.
        String t = Simplified.fold(printed);
        if (DAY_COUNT.matcher(t).find()) return text;
        var number = NUMBER.matcher(t);
        if (!number.find()) return text;
        int at = number.end();
        String best = null;
        int bestWords = Integer.MAX_VALUE;
        for (int from = at; from < t.length(); from++) {
            for (int to = from + 1; to <= Math.min(t.length(), from + MAX_PIECE); to++) {
                String piece = t.substring(from, to);
                String rest = t.substring(at, from) + t.substring(to);
                String candidate = t.substring(0, at) + piece + rest;
                if (!DAY_COUNT.matcher(candidate).find() || BROKEN_UNIT.matcher(candidate).find()) continue;
                // Fewest words first; on a tie the longer piece, as a displaced line is moved whole.
                int words = HanLP.segment(candidate).size() * WORD_OVER_LENGTH - piece.length();
                if (words < bestWords) {
                    best = printed.substring(0, at) + printed.substring(from, to) + printed.substring(at, from) + printed.substring(to);
                    bestWords = words;
                }
            }
        }
        return best == null ? text : best;
    }
}
