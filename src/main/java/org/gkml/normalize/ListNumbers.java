package org.gkml.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered lists inside a cell: "1.政府网站；2.其他", "（1）政府网站（2）政务新媒体", "①政府网站②其他". The numbers
 * are the author's layout, not part of the names.
 */
final class ListNumbers {

    /** Each style of list number, with the number in group 1. A style is kept through one list. */
    private static final List<Pattern> STYLES = List.of(
            Pattern.compile("(?<![0-9０-９.．])([0-9０-９]{1,2})(?:[.．、]|[）)])(?![0-9０-９])"),   // 1. 1、 1）
            Pattern.compile("[（(]([0-9０-９]{1,2})[）)]"),                                       // （1）
            Pattern.compile("[（(]([一二三四五六七八九十]{1,3})[）)]"),                            // （一）
            Pattern.compile("([\u2460-\u2473])"),                                              // ① … ⑳
            Pattern.compile("([\u2776-\u277F])"));                                             // ❶ … ❿

    private ListNumbers() {
    }

    /**
     * The items of a list numbered from 1 at the start of the text, numbers taken out; the text itself as
     * the only item when it does not start such a list. An item keeps what follows it up to the next number
     * (separators and line breaks included).
     */
    static List<String> split(String text) {
        if (text == null) return List.of();
        String t = CellText.strip(text);
        for (Pattern style : STYLES) {
            List<int[]> marks = sequence(style, t);
            if (marks.isEmpty()) continue;
            List<String> items = new ArrayList<>();
            for (int k = 0; k < marks.size(); k++) {
                int from = marks.get(k)[1];
                int to = k + 1 < marks.size() ? marks.get(k + 1)[0] : t.length();
                String item = CellText.strip(t.substring(from, to));
                if (!item.isEmpty()) items.add(item);
            }
            return items;
        }
        return List.of(t);
    }

    /** The value without a leading list number ("1.政府网站" → 政府网站); other text unchanged. */
    static String strip(String value) {
        if (value == null) return null;
        String t = CellText.strip(value);
        for (Pattern style : STYLES) {
            Matcher m = style.matcher(t);
            if (m.lookingAt() && number(m.group(1)) != null && m.end() < t.length()) return CellText.strip(t.substring(m.end()));
        }
        return t;
    }

    /** [start, end] of each number of the list 1, 2, 3 … that opens the text; empty when it opens none. */
    private static List<int[]> sequence(Pattern style, String t) {
        List<int[]> marks = new ArrayList<>();
        Matcher m = style.matcher(t);
        int expected = 1;
        while (m.find()) {
            if (marks.isEmpty() && m.start() != 0) return List.of();
            Integer n = number(m.group(1));
            if (n == null || n != expected) continue;
            marks.add(new int[]{m.start(), m.end()});
            expected++;
        }
        return marks;
    }

    private static Integer number(String s) {
        char c = s.charAt(0);
        if (c >= '\u2460' && c <= '\u2473') return c - '\u2460' + 1;
        if (c >= '\u2776' && c <= '\u277F') return c - '\u2776' + 1;
        return ChineseNumber.parse(s);
    }
}
