package org.gkml.normalize;

/**
 * The text of a cell with the layout's line breaks taken out. A text export breaks a cell wherever the
 * printed column wrapped, so the breaks carry no meaning: joining them back gives what the author typed.
 */
final class CellText {

    /** Compiled once: a pattern of more than one character is compiled again by every String.split. */
    static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r\n|\r|\n");

    private CellText() {
    }

    /**
     * Each line's trailing spaces dropped, blank lines skipped, lines joined with nothing between, except
     * a single space where both sides are Latin letters or digits (a wrapped English phrase); the whole
     * value trimmed. Blank input (including U+3000 only) gives null.
     */
    static String join(String raw) {
        if (raw == null) return null;
        StringBuilder out = new StringBuilder();
        for (String line : LINE_BREAK.split(raw, -1)) {
            String l = stripTrailing(line);
            if (isBlank(l)) continue;
            if (out.length() > 0 && isLatin(out.charAt(out.length() - 1)) && isLatin(firstNonSpace(l))) out.append(' ');
            out.append(out.length() == 0 ? stripLeading(l) : l);
        }
        String s = stripTrailing(out.toString());
        return s.isEmpty() ? null : s;
    }

    /** True for null, empty, or only white space (U+3000 and no-break spaces included). */
    static boolean isBlank(String s) {
        if (s == null) return true;
        for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    static String stripLeading(String s) {
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) start++;
        return s.substring(start);
    }

    static String strip(String s) {
        return s == null ? null : stripLeading(stripTrailing(s));
    }

    private static char firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) return s.charAt(i);
        return ' ';
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
