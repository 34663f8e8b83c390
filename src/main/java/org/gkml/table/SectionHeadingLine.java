package org.gkml.table;

import java.util.regex.Pattern;

/**
 * Tells a section heading printed above a table (一、机构信息; （二）卫生监督; 第三类 政务服务) from other text
 * there. Word catalogs often split the items into one table per 一级事项 with the heading as a paragraph
 * between the tables, so the heading is the group of every row of the table below it. A part of the document
 * (第二部分 基本目录) is no group.
 *
 * <p>Only an enumerated short line counts: a title (…政府信息公开目录), a note (备注：…) or a sentence
 * (本目录自…起施行。) is not a heading, and a table's first rows are never guessed from other text.
 */
public final class SectionHeadingLine {

    private static final String NUMBER = "[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}";
    /** An enumeration, then a name of at least two Chinese characters and no sentence or key punctuation. */
    private static final Pattern HEADING = Pattern.compile("(?:"
            + "(?:" + NUMBER + ")[、.．]"                       // 一、 1.
            + "|[（(](?:" + NUMBER + ")[）)]"                    // （一）
            + "|第(?:[一二三四五六七八九十]{1,3})类[、.．:：]?"      // 第一类; 第二部分 is the document's own structure
            + ")[\\s\u3000]*\\p{IsHan}{2}[^：:。；;，,!！?？]*");
    /** Longer than this it is a sentence or a paragraph, not a heading. */
    private static final int MAX_LENGTH = 30;

    private SectionHeadingLine() {
    }

    /** The heading's text as printed (stripped), or null when the line is no section heading. */
    public static String of(String line) {
        if (line == null) return null;
        String s = line.strip();
        if (s.length() > MAX_LENGTH || !HEADING.matcher(s).matches()) return null;
        return s;
    }
}
