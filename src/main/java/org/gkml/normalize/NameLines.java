package org.gkml.normalize;

import org.gkml.catalog.WordBreaks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The lines of a list cell as names: a line break between two names separates them (政府网站 ⏎ 两微一端), a
 * break that only wraps a long name at the column's width (医政医管 ⏎ 股) is taken out. What makes a line a
 * complete name is the caller's classifier (a known channel, a channel or unit ending).
 */
final class NameLines {

    private static final String SEPARATORS = "、，,；;";
    private static final String CLOSING = "）)》”」』。：:";

    private NameLines() {
    }

    /** The cell's lines with each wrapped continuation appended to the line before; blank lines dropped. */
    static List<String> of(String cell, Predicate<String> complete) {
        return of(cell, complete, (before, after) -> false);
    }

    /**
     * @param continues whether the next line goes on the name the line before ends with even though that name
     *                  is complete (省医保局 ⏎ 办公室)
     */
    static List<String> of(String cell, Predicate<String> complete, BiPredicate<String, String> continues) {
        List<String> lines = new ArrayList<>();
        if (cell == null) return lines;
        for (String raw : CellText.LINE_BREAK.split(cell)) {
            String line = CellText.strip(raw);
            if (line.isEmpty()) continue;
            int last = lines.size() - 1;
            if (last >= 0 && (!separates(lines.get(last), line, complete)
                    || continues.test(lastName(lines.get(last)), firstName(line)))) {
                lines.set(last, lines.get(last) + line);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * A break separates when the line before ends a complete name and the next line can start one: it does
     * not open with closing punctuation or a bracketed remark, and is more than the one character a wrap
     * typically leaves behind (政府门户网 ⏎ 站).
     */
    static boolean separates(String previous, String next, Predicate<String> complete) {
        char last = previous.charAt(previous.length() - 1);
        char first = next.charAt(0);
        if (SEPARATORS.indexOf(last) >= 0) return true;
        if (SEPARATORS.indexOf(first) >= 0 || CLOSING.indexOf(first) >= 0) return false;
        if (first == '（' || first == '(') return false;           // a remark on the name before
        if (openBrackets(previous) > 0) return false;
        if (firstName(next).length() < 2) return false;
        return complete.test(lastName(previous)) && !WordBreaks.spansBreak(previous, next);   // 省医保局办 ⏎ 公室: 办公室 is one word
    }

    private static String firstName(String line) {
        String t = ListNumbers.strip(line);
        for (int i = 0; i < t.length(); i++) if (SEPARATORS.indexOf(t.charAt(i)) >= 0 || CellText.isSpace(t.charAt(i))) return t.substring(0, i);
        return t;
    }

    private static String lastName(String line) {
        int from = 0;
        for (int i = 0; i < line.length(); i++) if (SEPARATORS.indexOf(line.charAt(i)) >= 0) from = i + 1;
        return ListNumbers.strip(CellText.strip(line.substring(from)));
    }

    private static int openBrackets(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '（' || c == '(' || c == '“') depth++;
            if ((c == '）' || c == ')' || c == '”') && depth > 0) depth--;
        }
        return depth;
    }
}
