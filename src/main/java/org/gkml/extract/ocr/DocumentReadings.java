package org.gkml.extract.ocr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Characters of a scanned document's cells corrected from what the same document reads surely elsewhere. In noise,
 * Tesseract misreads a character the same way in every row (竺 for 街 in each 公开主体: 香山竺道办事处) while the title
 * reads the word sure (香山街道 at 94-96); it reads an extra glyph (工作有日内), or one for two (工俐内 for 工作日内),
 * where other rows read the phrase right. A character is corrected when:
 * <ul>
 *   <li>it is a Han character read less sure than {@link #DOUBTED}, and less sure than every character of the
 *   phrase that corrects it;</li>
 *   <li>another reading of the document (another cell, the text around the tables, a word of the vocabulary)
 *   holds the same Han characters around it read sure (at least {@link #SURE}): {@link #CONTEXT} or more of them,
 *   on both sides, within the run of Han characters it stands in (a punctuation mark or a digit ends the context:
 *   《食品经营… and 《药品经营… are two laws, not one misread) (only the cell's first or last character may have its context on one side, then
 *   {@link #EDGE_CONTEXT} of them, and only when read under {@link #LOW});</li>
 *   <li>what stands there instead is one Han character (a substitution), or, for a character read under
 *   {@link #LOW} inside the cell, none (an extra glyph dropped: 工作有日内) or two (one glyph read for two: 工俐内); a
 *   character read surer is not dropped (预决算 beside the document's 预算 is two words); and every reading with the
 *   widest context agrees on it;</li>
 *   <li>the character as read is not itself attested with as wide a context (a document may print two phrases
 *   one character apart), and a dropped character does not stand between two known words (政府网站和公示栏).</li>
 * </ul>
 * Digits, Latin letters and punctuation are never corrected: a wrong digit reads as another number. Readings are
 * corrected in rounds, one character per reading per round, and a corrected character reads as sure as the phrase
 * that corrected it, so a cell corrected in one round (香山街道办事处) corrects another in the next (春山竺道办事处,
 * two characters off the title's 香山街道). Confidences are Tesseract's per word, given to each of its characters.
 */
public final class DocumentReadings {

    /** Characters read at least this sure make a phrase that corrects others (Tesseract's 0-100 scale). */
    static final double SURE = 75;
    /** A character read at least this sure is never corrected. */
    static final double DOUBTED = 85;
    /** A character at a cell's edge, with its context on one side only, is corrected only when read under this. */
    static final double LOW = 50;
    /** Sure characters that must agree around a corrected one, both sides together. */
    static final int CONTEXT = 3;
    /** Sure characters that must agree on the one side of a cell's first or last character. */
    static final int EDGE_CONTEXT = 4;
    /** Rounds at most: each corrects one character per reading. */
    static final int MAX_ROUNDS = 12;
    /** Confidence given to a word of the vocabulary. */
    private static final double KNOWN = 100;

    /**
     * One reading of the document: a cell's text or the text around the tables, without white space.
     *
     * @param confidence  per character, the confidence of the word it was read in
     * @param correctable whether it may be corrected (a cell), or only corrects others (the title band)
     */
    public record Reading(String text, double[] confidence, boolean correctable) {
        public Reading {
            if (text.length() != confidence.length) {
                throw new IllegalArgumentException("a confidence per character: " + text.length() + " characters, " + confidence.length + " confidences");
            }
        }
    }

    /**
     * A reading corrected.
     *
     * @param reading  its index among the readings
     * @param before   its text as read
     * @param after    its text corrected
     * @param became   per character of {@code before}, what it became (itself, another, none or two)
     * @param evidence the sure phrases that corrected it, with where each was read ("the vocabulary" or the index
     *                 of the reading)
     */
    public record Change(int reading, String before, String after, List<String> became, List<Evidence> evidence) {
    }

    /** A sure phrase that corrected a character, and the reading it is from (-1: the vocabulary). */
    public record Evidence(String phrase, int reading) {
    }

    private DocumentReadings() {
    }

    /**
     * The corrections of the readings, at most one change per reading.
     *
     * @param vocabulary words the document is known to print (four characters or more make phrases)
     * @param knownWord  whether a string is a known word (any length): the guard against dropping a character
     *                   between two
     */
    public static List<Change> correct(List<Reading> readings, Collection<String> vocabulary, Predicate<String> knownWord) {
        List<Text> texts = new ArrayList<>();
        for (Reading r : readings) texts.add(new Text(r));
        List<Text> known = new ArrayList<>();
        for (String w : vocabulary) {
            if (w.length() < EDGE_CONTEXT) continue;
            double[] c = new double[w.length()];
            java.util.Arrays.fill(c, KNOWN);
            known.add(new Text(new Reading(w, c, false)));
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Text> sources = new ArrayList<>(texts);
            sources.addAll(known);
            Map<Character, List<int[]>> index = index(sources);
            List<Edit> edits = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (!readings.get(i).correctable()) continue;
                Edit e = best(i, texts.get(i), sources, index, texts.size(), knownWord);
                if (e != null) edits.add(e);
            }
            if (edits.isEmpty()) break;
            for (Edit e : edits) texts.get(e.reading).apply(e);
        }
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Text t = texts.get(i);
            if (t.evidence.isEmpty()) continue;
            List<String> became = new ArrayList<>();
            for (int k = 0; k < readings.get(i).text().length(); k++) became.add("");
            for (int k = 0; k < t.chars.size(); k++) became.set(t.origin.get(k), became.get(t.origin.get(k)) + t.chars.get(k));
            String after = t.text();
            if (after.equals(readings.get(i).text())) continue;
            out.add(new Change(i, readings.get(i).text(), after, became, List.copyOf(t.evidence)));
        }
        return out;
    }

    /** A reading as corrected so far: its characters, their confidences, which character as read each came from. */
    private static final class Text {
        final List<Character> chars = new ArrayList<>();
        final List<Double> confidence = new ArrayList<>();
        final List<Integer> origin = new ArrayList<>();
        final List<Boolean> fixed = new ArrayList<>();
        final List<Evidence> evidence = new ArrayList<>();

        Text(Reading r) {
            for (int k = 0; k < r.text().length(); k++) {
                chars.add(r.text().charAt(k));
                confidence.add(r.confidence()[k]);
                origin.add(k);
                fixed.add(false);
            }
        }

        int length() {
            return chars.size();
        }

        char at(int k) {
            return chars.get(k);
        }

        String text() {
            StringBuilder s = new StringBuilder();
            for (char c : chars) s.append(c);
            return s.toString();
        }

        void apply(Edit e) {
            int o = origin.get(e.at);
            chars.remove(e.at);
            confidence.remove(e.at);
            origin.remove(e.at);
            fixed.remove(e.at);
            for (int k = e.with.length() - 1; k >= 0; k--) {
                chars.add(e.at, e.with.charAt(k));
                confidence.add(e.at, e.sure);
                origin.add(e.at, o);
                fixed.add(e.at, true);
            }
            evidence.add(e.evidence);
        }
    }

    /** A character of a reading replaced: at {@code at}, by {@code with} (none, one or two characters). */
    private record Edit(int reading, int at, String with, double sure, int context, Evidence evidence) {
    }

    /** Where each character stands in the sources: character → (source, position). */
    private static Map<Character, List<int[]>> index(List<Text> sources) {
        Map<Character, List<int[]>> index = new HashMap<>();
        for (int s = 0; s < sources.size(); s++) {
            Text t = sources.get(s);
            for (int p = 0; p < t.length(); p++) index.computeIfAbsent(t.at(p), c -> new ArrayList<>()).add(new int[]{s, p});
        }
        return index;
    }

    /** The one correction of a reading to make this round: the doubted character with the widest agreeing context. */
    private static Edit best(int reading, Text t, List<Text> sources, Map<Character, List<int[]>> index, int readings,
                             Predicate<String> knownWord) {
        Edit best = null;
        for (int k = 0; k < t.length(); k++) {
            if (t.fixed.get(k) || t.confidence.get(k) >= DOUBTED || !isHan(t.at(k))) continue;
            Edit e = at(reading, t, k, sources, index, readings, knownWord);
            if (e != null && (best == null || e.context > best.context)) best = e;
        }
        return best;
    }

    /** The correction of character {@code k} of the reading, or null. */
    private static Edit at(int reading, Text t, int k, List<Text> sources, Map<Character, List<int[]>> index, int readings,
                           Predicate<String> knownWord) {
        int widest = 0;
        String with = null;
        boolean agreed = true;
        double sure = 0;
        Evidence evidence = null;
        int attested = 0;
        // a source position j where the replacement starts: found from the character left of k (j = p + 1) or right of it
        List<int[]> starts = new ArrayList<>();
        if (k > 0) for (int[] sp : index.getOrDefault(t.at(k - 1), List.of())) for (int n = 0; n <= 2; n++) starts.add(new int[]{sp[0], sp[1] + 1, n});
        if (k + 1 < t.length()) {
            for (int[] sp : index.getOrDefault(t.at(k + 1), List.of())) for (int n = 0; n <= 2; n++) starts.add(new int[]{sp[0], sp[1] - n, n});
        }
        java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
        for (int[] st : starts) {
            int s = st[0], j = st[1], n = st[2];
            if (s == reading || !seen.add(List.of(s, j, n))) continue;
            Text src = sources.get(s);
            if (j < 0 || j + n > src.length()) continue;
            double least = Double.MAX_VALUE;
            boolean ok = true;
            StringBuilder x = new StringBuilder();
            for (int q = j; q < j + n; q++) {
                if (src.confidence.get(q) < SURE || !isHan(src.at(q))) { ok = false; break; }
                least = Math.min(least, src.confidence.get(q));
                x.append(src.at(q));
            }
            if (!ok) continue;
            int left = 0;
            while (k - left - 1 >= 0 && j - left - 1 >= 0 && t.at(k - left - 1) == src.at(j - left - 1) && isHan(t.at(k - left - 1))
                    && src.confidence.get(j - left - 1) >= SURE) {
                least = Math.min(least, src.confidence.get(j - left - 1));
                left++;
            }
            int right = 0;
            while (k + right + 1 < t.length() && j + n + right < src.length() && t.at(k + right + 1) == src.at(j + n + right)
                    && isHan(t.at(k + right + 1)) && src.confidence.get(j + n + right) >= SURE) {
                least = Math.min(least, src.confidence.get(j + n + right));
                right++;
            }
            boolean edge = left == 0 && k == 0 || right == 0 && k == t.length() - 1;
            int context = left + right;
            if (left == 0 || right == 0) {
                if (!edge || n != 1 || Math.max(left, right) < EDGE_CONTEXT || t.confidence.get(k) >= LOW) continue;
            } else if (context < CONTEXT || n != 1 && t.confidence.get(k) >= LOW) {
                continue;
            }
            String replacement = x.toString();
            if (replacement.equals(String.valueOf(t.at(k)))) {
                attested = Math.max(attested, context);
                continue;
            }
            if (t.confidence.get(k) >= least) continue;
            if (context > widest) {
                widest = context;
                with = replacement;
                agreed = true;
                sure = least;
                evidence = new Evidence(src.text().substring(j - left, j + n + right), s < readings ? s : -1);
            } else if (context == widest && !replacement.equals(with)) {
                agreed = false;
            }
        }
        if (with == null || !agreed || attested >= widest) return null;
        if (with.isEmpty() && betweenKnownWords(t, k, knownWord)) return null;
        return new Edit(reading, k, with, sure, widest, evidence);
    }

    /** Whether the text left of {@code k} ends with a known word and the text right of it starts with one. */
    private static boolean betweenKnownWords(Text t, int k, Predicate<String> knownWord) {
        String s = t.text();
        boolean left = false, right = false;
        for (int a = 0; a <= k - 2 && !left; a++) left = knownWord.test(s.substring(a, k));
        for (int b = s.length(); b >= k + 3 && !right; b--) right = knownWord.test(s.substring(k + 1, b));
        return left && right;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
