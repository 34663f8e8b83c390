package org.gkml.report.source;

import org.gkml.table.Provenance;

/**
 * Reads back the position an entry record carries as text ({@code source_ref}: "a.pdf page 2 row 3 col 1",
 * "b.txt line 12", "c.xlsx page 1 A4"), the inverse of {@link Provenance#toString()}, so the 问题 sheet can show the
 * page and the row apart.
 */
public final class SourceRefs {

    private SourceRefs() {
    }

    /** The position of {@code ref} in the file named {@code source}; null when there is none. */
    public static Provenance parse(String source, String ref) {
        if (ref == null || ref.isBlank()) return null;
        String rest = source != null && ref.startsWith(source) ? ref.substring(source.length()).strip() : ref.strip();
        int page = 0;
        int line = 0;
        while (true) {
            if (rest.startsWith("page ")) {
                int[] n = number(rest, 5);
                if (n == null) break;
                page = n[0];
                rest = rest.substring(n[1]).strip();
            } else if (rest.startsWith("line ")) {
                int[] n = number(rest, 5);
                if (n == null) break;
                line = n[0];
                rest = rest.substring(n[1]).strip();
            } else {
                break;
            }
        }
        return new Provenance(source, page, line, rest.isEmpty() ? null : rest);
    }

    /** The number at {@code from} and where it ends, or null. */
    private static int[] number(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end)) && end - from < 9) end++;
        if (end == from) return null;
        return new int[]{Integer.parseInt(s.substring(from, end)), end};
    }
}
