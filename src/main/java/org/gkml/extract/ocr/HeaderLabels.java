package org.gkml.extract.ocr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header labels a catalog prints (mappings/headers.tsv, the tick labels of mappings/options.tsv), to which an
 * OCR reading of a header cell is snapped when it differs from exactly one label by characters the OCR is known to
 * confuse (mappings/ocr-confusables.tsv: 厚 read for 序, so 厚号 is 序号; a 、 it drops, so 乡村级 is 乡、村级). The
 * vocabulary's own snapping ({@link OcrVocabulary}) leaves words under four characters alone, as any character may
 * stand for any other there; here only a listed confusion counts, at most one in a label of up to
 * {@link #ONE_EDIT_LENGTH} characters (two in a longer one), and the label must be the only one so reached.
 */
public final class HeaderLabels {

    /** No labels: nothing is snapped. */
    public static final HeaderLabels NONE = new HeaderLabels(List.of(), List.of());
    /** Labels up to this long take one confusion; longer ones two. */
    static final int ONE_EDIT_LENGTH = 4;
    /** In the data, a printed character the OCR reads as nothing. */
    public static final String NOTHING = "∅";

    private final Set<String> labels = new LinkedHashSet<>();
    /** A character as read → the printed characters it may stand for. */
    private final Map<Character, Set<Character>> standsFor = new HashMap<>();
    /** Printed characters the OCR may leave out. */
    private final Set<Character> dropped = new HashSet<>();

    /**
     * @param labels      the header labels
     * @param confusables pairs {printed, read}: one character each, read {@link #NOTHING} for a dropped one
     */
    public HeaderLabels(Collection<String> labels, List<String[]> confusables) {
        for (String l : labels) {
            String c = compact(l);
            if (!c.isEmpty()) this.labels.add(c);
        }
        for (String[] p : confusables) {
            if (p[0].length() != 1) throw new IllegalArgumentException("one printed character: " + p[0]);
            if (p[1].equals(NOTHING)) dropped.add(p[0].charAt(0));
            else if (p[1].length() == 1) standsFor.computeIfAbsent(p[1].charAt(0), k -> new HashSet<>()).add(p[0].charAt(0));
            else throw new IllegalArgumentException("one character read, or " + NOTHING + ": " + p[1]);
        }
    }

    /** Whether the text (white space aside) is a header label. */
    public boolean isLabel(String text) {
        return labels.contains(compact(text));
    }

    /**
     * What each character of the reading (white space removed) stands for in the one label it is a confused
     * reading of (a dropped character joins the character read before it), or null: the reading is a label
     * already, reaches none, or reaches two.
     */
    public List<String> snap(String reading) {
        String r = compact(reading);
        if (r.isEmpty() || labels.contains(r)) return null;
        List<String> found = null;
        String foundLabel = null;
        for (String label : labels) {
            int limit = label.length() <= ONE_EDIT_LENGTH ? 1 : 2;
            if (label.length() < r.length() || label.length() > r.length() + limit) continue;
            List<String> m = new ArrayList<>();
            if (!match(r, 0, label, 0, limit, m)) continue;
            if (found != null && !label.equals(foundLabel)) return null;
            found = m;
            foundLabel = label;
        }
        return found;
    }

    /** The label a reading is, or null (see {@link #snap}). */
    public String label(String reading) {
        List<String> s = snap(reading);
        return s == null ? null : String.join("", s);
    }

    /** Whether reading[i..] is label[j..] with at most {@code edits} confusions; {@code out} gets each read character's part. */
    private boolean match(String r, int i, String label, int j, int edits, List<String> out) {
        if (i == r.length()) {
            String rest = label.substring(j);
            if (rest.length() > edits) return false;
            for (char c : rest.toCharArray()) if (!dropped.contains(c)) return false;
            if (!rest.isEmpty()) {
                if (out.isEmpty()) return false;
                out.set(out.size() - 1, out.get(out.size() - 1) + rest);
            }
            return true;
        }
        if (j == label.length()) return false;
        char read = r.charAt(i), printed = label.charAt(j);
        int size = out.size();
        if (read == printed || edits > 0 && standsFor.getOrDefault(read, Set.of()).contains(printed)) {
            out.add(String.valueOf(printed));
            if (match(r, i + 1, label, j + 1, read == printed ? edits : edits - 1, out)) return true;
            while (out.size() > size) out.remove(out.size() - 1);
        }
        if (edits > 0 && i > 0 && dropped.contains(printed)) {
            // the printed character was not read: it joins the character read before it
            out.set(out.size() - 1, out.get(out.size() - 1) + printed);
            if (match(r, i, label, j + 1, edits - 1, out)) return true;
            while (out.size() > size) out.remove(out.size() - 1);
            String last = out.get(out.size() - 1);
            out.set(out.size() - 1, last.substring(0, last.length() - 1));
        }
        return false;
    }

    private static String compact(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
