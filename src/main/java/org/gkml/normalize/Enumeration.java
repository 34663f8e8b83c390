package org.gkml.normalize;

import java.util.regex.Pattern;

/** Leading enumerations on a first-level item (一级事项): "一、", "1.", "（一）", "(1)", "第一部分", "Ⅰ.", "01 ". */
final class Enumeration {

    private static final String NUM = "[0-9０-９]+|[一二三四五六七八九十百零〇两]+";
    private static final Pattern PREFIX = Pattern.compile("^[\\s\u3000]*(?:"
            + "(?:" + NUM + ")[、.．,，:：]"              // 一、 1. 1、
            + "|[（(](?:" + NUM + ")[）)][、.．]?"         // （一） (1)
            + "|(?:[0-9０-９]+)[）)]"                      // 1）
            + "|[\u2460-\u2473\u2776-\u277F]"               // ① … ⑳, ❶ … ❿
            + "|[\u2160-\u216B][、.．]?"                     // Ⅰ. Ⅱ、 (Roman numerals)
            + "|[0-9０-９]{1,2}(?=[\\s\u3000]+\\p{IsHan})"     // 01 机构信息
            + "|第(?:" + NUM + ")(?:部分|章|节|类|项|条)[、.．:：]?" // 第一部分
            + ")[\\s\u3000]*");

    private Enumeration() {
    }

    /** The text without its leading enumeration; null stays null, text without one is returned trimmed. */
    static String stripPrefix(String text) {
        if (text == null) return null;
        String rest = PREFIX.matcher(text).replaceFirst("");
        String s = CellText.strip(rest.isEmpty() ? text : rest);
        return s.isEmpty() ? null : s;
    }
}
