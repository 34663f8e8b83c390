package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.catalog.MappingFiles;

import java.util.ArrayList;
import java.util.List;

/**
 * The units named in a responsibility cell (责任部门 / 公开责任 / 责任科室): split on 、，,；; and on line
 * breaks that separate names, never inside brackets. A line break only separates when the line before
 * ends like a unit name (mappings/unit-suffixes.tsv); otherwise the column merely wrapped a long name.
 */
final class Responsible {

    private static final List<String> SUFFIXES = MappingFiles.lines("unit-suffixes.tsv").stream().map(String::strip).toList();
    private static final String SEPARATORS = "、，,；;";

    private Responsible() {
    }

    static List<String> split(String cell) {
        if (cell == null) return List.of();
        List<String> out = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int depth = 0;
        for (String line : joinWrappedLines(cell)) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '（' || c == '(') depth++;
                if ((c == '）' || c == ')') && depth > 0) depth--;
                if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                    add(out, name);
                } else {
                    name.append(c);
                }
            }
            if (depth == 0) add(out, name);
        }
        add(out, name);
        return out;
    }

    /** The cell's lines, with the lines that only continue a wrapped name appended to the one before. */
    private static List<String> joinWrappedLines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String raw : cell.split("\r\n|\r|\n")) {
            String line = CellText.strip(raw);
            if (line.isEmpty()) continue;
            if (!lines.isEmpty() && continuesPrevious(lines.get(lines.size() - 1), line)) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean continuesPrevious(String previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        char first = line.charAt(0);
        if (SEPARATORS.indexOf(last) >= 0 || SEPARATORS.indexOf(first) >= 0) return true;
        if (first == '（' || first == '(') return true;            // a remark on the unit before
        if (openBrackets(previous) > 0) return true;
        return !endsLikeUnit(previous);
    }

    private static boolean endsLikeUnit(String text) {
        String t = text.replaceAll("[（(][^（()）]*[）)]$", "");   // 机关党委（人事处） ends like 机关党委
        if (t.isEmpty()) t = text;
        for (String s : SUFFIXES) if (Simplified.fold(t).endsWith(s)) return true;
        return false;
    }

    private static int openBrackets(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '（' || c == '(') depth++;
            if ((c == '）' || c == ')') && depth > 0) depth--;
        }
        return depth;
    }

    private static void add(List<String> out, StringBuilder name) {
        String n = CellText.strip(name.toString());
        if (!n.isEmpty()) out.add(n);
        name.setLength(0);
    }
}
