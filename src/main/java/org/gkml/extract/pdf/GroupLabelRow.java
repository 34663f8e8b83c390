package org.gkml.extract.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A row of a table drawn without lines that names the first-level item of the rows below it (一、政策文件,
 * （二）公共卫生服务): in the print a row across the whole table, its text alone on its line and opened by a
 * Chinese enumeration; a 序号 number or any other cell beside it makes it an item row.
 */
final class GroupLabelRow {

    private static final Pattern ENUMERATED = Pattern.compile("^\\s*([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\\s*\\S+");

    private GroupLabelRow() {
    }

    /** The group label a row's cells spell, or null when the row is an ordinary row. */
    static String label(List<? extends CharSequence> cells) {
        String only = null;
        for (CharSequence c : cells) {
            String t = c.toString().strip();
            if (t.isEmpty()) continue;
            if (only != null) return null;
            only = t;
        }
        return only != null && ENUMERATED.matcher(only).find() && !only.contains("\n") ? only : null;
    }
}
