package org.gkml.server;

import org.gkml.index.CatalogSearcher;

import java.util.ArrayList;
import java.util.List;

/**
 * A highlight snippet cut into plain and matched parts. The searcher marks matches with 【 】, which catalogs also
 * write ("【法律依据】《条例》"), so a snippet alone cannot say which brackets are marks. Told the text the snippet was
 * cut from, this aligns the two: a bracket the text has at that place is the text's own, any other is a mark. A
 * snippet is passages of the text joined by "…"; a match never holds a bracket (brackets are not words).
 */
final class HighlightParts {

    private static final char START = CatalogSearcher.MARK_START.charAt(0);
    private static final char END = CatalogSearcher.MARK_END.charAt(0);
    private static final char GAP = '…';
    /** Steps an alignment may take before it gives up (a snippet of many gaps over a long text). */
    private static final int BUDGET = 200_000;

    private HighlightParts() {
    }

    /**
     * Plain and matched parts in turn, the first plain (maybe empty): {@code ["纳入", "低保", "、特困…"]}. Null when
     * the snippet does not fit {@code source} (then which brackets are marks is not known).
     *
     * @param source the text the snippet was cut from; null when not known, then every bracket is taken as a mark
     */
    static List<String> of(String snippet, String source) {
        if (source == null || (source.indexOf(START) < 0 && source.indexOf(END) < 0)) return marksOnly(snippet);
        List<String> parts = new ArrayList<>();
        parts.add("");
        return align(snippet, 0, source, 0, false, parts, new int[] {BUDGET}) ? merged(parts) : null;
    }

    /** Every bracket is a mark: right when the source holds none. */
    private static List<String> marksOnly(String snippet) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if ((c == START && !open) || (c == END && open)) {
                parts.add(cur.toString());
                cur.setLength(0);
                open = !open;
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return merged(parts);
    }

    /**
     * Aligns snippet[i..] with source[p..]; appends to {@code parts} (its last element is the part being built, a
     * match when the count of parts is even). A gap "…" the source does not hold there skips to a later passage.
     */
    private static boolean align(String s, int i, String src, int p, boolean open, List<String> parts, int[] budget) {
        for (; i < s.length(); i++) {
            if (--budget[0] < 0) return false;
            char c = s.charAt(i);
            boolean here = p < src.length() && src.charAt(p) == c;
            if (c == END && open) {
                parts.add("");
                open = false;
            } else if ((c == START || c == END) && here) {
                append(parts, c);
                p++;
            } else if (c == START && !open) {
                parts.add("");
                open = true;
            } else if (here) {
                append(parts, c);
                p++;
            } else if (c == GAP && !open) {
                // The next passage starts somewhere after p: the first place it fits.
                append(parts, c);
                for (int q = p; q < src.length(); q++) {
                    List<String> tried = new ArrayList<>(parts);
                    if (align(s, i + 1, src, q, false, tried, budget)) {
                        parts.clear();
                        parts.addAll(tried);
                        return true;
                    }
                }
                return false;
            } else {
                return false;
            }
        }
        return !open;
    }

    private static void append(List<String> parts, char c) {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + c);
    }

    /** Drops empty matches (with the plain part after them joined to the one before). */
    private static List<String> merged(List<String> parts) {
        List<String> out = new ArrayList<>();
        out.add(parts.get(0));
        for (int k = 1; k < parts.size(); k += 2) {
            String match = parts.get(k);
            String after = k + 1 < parts.size() ? parts.get(k + 1) : "";
            if (match.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + after);
            } else {
                out.add(match);
                out.add(after);
            }
        }
        return out;
    }
}
