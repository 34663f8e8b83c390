package org.gkml.extract.ocr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a catalog is known to print (header labels, option words, channel names: the mapping data), to which
 * an OCR reading one character off is snapped: 公开时眼 → 公开时限, 政府网玷 → 政府网站. A reading is snapped only to
 * a single nearest word, one character off in four or more (two in nine or more), so an item name that merely
 * resembles a label stays as read. Whole readings the OCR is known to make of a glyph (a tick read as V) are
 * replaced as they stand.
 */
public final class OcrVocabulary {

    /** Shortest word snapped at all: a wrong character in a two- or three-character word makes another word. */
    static final int MIN_LENGTH = 4;
    /** From this length on, two wrong characters are still the same word. */
    static final int TWO_OFF_LENGTH = 9;
    /** Pieces of a cell line between these are snapped one by one (a checkbox list: ■政府网站 □两微一端). */
    private static final Pattern PIECE = Pattern.compile("[^\\s■□√☑☐◆◇●○、，,；;。：:()（）]+");

    private final Map<Integer, List<String>> byLength = new HashMap<>();
    private final Set<String> known = new LinkedHashSet<>();
    /** Every word of two characters or more, the short ones too: what a whole cell may be read as. */
    private final Set<String> whole = new HashSet<>();
    private final Map<String, String> readings;
    private final HeaderLabels headerLabels;

    /**
     * @param words    the words to snap to
     * @param readings whole cell readings and what they are (V → √)
     */
    public OcrVocabulary(Collection<String> words, Map<String, String> readings) {
        this(words, readings, HeaderLabels.NONE);
    }

    /**
     * @param words        the words to snap to
     * @param readings     whole cell readings and what they are (V → √)
     * @param headerLabels the header labels a header cell is snapped to through the characters OCR confuses
     */
    public OcrVocabulary(Collection<String> words, Map<String, String> readings, HeaderLabels headerLabels) {
        this.headerLabels = headerLabels;
        for (String w : words) {
            String c = compact(w);
            if (c.length() >= MIN_LENGTH && known.add(c)) byLength.computeIfAbsent(c.length(), k -> new ArrayList<>()).add(c);
            if (c.length() >= 2) whole.add(c);
        }
        this.readings = Map.copyOf(readings);
    }

    /** The header labels, for the cells of a table's header rows. */
    public HeaderLabels headerLabels() {
        return headerLabels;
    }

    /** The words snapped to (four characters or more), without white space. */
    public Set<String> words() {
        return java.util.Collections.unmodifiableSet(known);
    }

    /** Whether a whole cell's reading is a known word (of any length from two) or a known reading of a glyph (V, √). */
    public boolean knows(String cell) {
        String c = compact(cell);
        return whole.contains(c) || readings.containsKey(c) || readings.containsValue(c);
    }

    /** The line as the vocabulary reads it: itself, or with near-misses replaced. */
    public String snap(String line) {
        String whole = compact(line);
        String reading = readings.get(whole);
        if (reading != null) return reading;
        String word = nearest(whole);
        if (word != null) return word;
        Matcher m = PIECE.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(line, last, m.start());
            String near = nearest(m.group());
            out.append(near == null ? m.group() : near);
            last = m.end();
        }
        out.append(line.substring(last));
        return out.toString();
    }

    /**
     * The known word a whole reading is, when it is one character off exactly one known word of its length
     * (a substitution: every character keeps its place), else null. For a cell whose characters stand one per
     * line, where no line alone is a word.
     */
    public String sameLength(String reading) {
        String near = nearest(compact(reading));
        return near != null && near.length() == compact(reading).length() && !near.equals(compact(reading)) ? near : null;
    }

    /**
     * The one known word within reach of the reading, or null (none, several, the reading is one, or it is two
     * known words run together: a cell's 政府网站 over 公开查阅点 is two channels, not 政府信息公开查阅点 misread).
     */
    private String nearest(String reading) {
        if (reading.length() < MIN_LENGTH || known.contains(reading) || twoKnownWords(reading)) return null;
        int reach = reading.length() >= TWO_OFF_LENGTH ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (int len = reading.length() - reach; len <= reading.length() + reach; len++) {
            for (String w : byLength.getOrDefault(len, List.of())) {
                int d = distance(reading, w, reach);
                if (d > reach) continue;
                if (d < bestDistance) {
                    best = w;
                    bestDistance = d;
                    tie = false;
                } else if (d == bestDistance && !w.equals(best)) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    /** Whether the reading is two known words one after the other. */
    private boolean twoKnownWords(String reading) {
        for (int cut = MIN_LENGTH; cut <= reading.length() - MIN_LENGTH; cut++) {
            if (known.contains(reading.substring(0, cut)) && known.contains(reading.substring(cut))) return true;
        }
        return false;
    }

    /** Levenshtein distance, given up past {@code limit} (then some value above it). */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Without white space, full-width forms folded (NFKC), as the scorer and the header lexicon compare. */
    private static String compact(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
