package org.gkml.normalize;

import org.gkml.table.TextLine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The catalog's title line among the lines before the table, and the publishing body it names. */
final class CatalogTitle {

    private static final Pattern BODY_IN_BRACKETS = Pattern.compile("目录[\\s\u3000]*[（(]([^（）()]+)[）)]$");
    private static final int MAX_TITLE_LENGTH = 60;

    private CatalogTitle() {
    }

    /** The index of the title line, or -1: the first line naming a 目录 that is neither a key: value line nor a numbered heading. */
    static int find(List<TextLine> preamble) {
        for (int i = 0; i < preamble.size(); i++) {
            String t = CellText.strip(preamble.get(i).text());
            if (t == null || t.isEmpty() || t.length() > MAX_TITLE_LENGTH) continue;
            if (!t.contains("目录") || t.contains("：") || t.contains(":")) continue;
            if (!t.equals(Enumeration.stripPrefix(t))) continue;   // 第二部分 基本目录 is a heading
            return i;
        }
        return -1;
    }

    /** The publishing body a title names: 昆明市西山区医疗保障局政府信息公开基本目录 → 昆明市西山区医疗保障局. */
    static String agencyOf(String title) {
        if (title == null) return null;
        Matcher m = BODY_IN_BRACKETS.matcher(title);
        if (m.find()) return CellText.strip(m.group(1));
        int end = title.length();
        for (CatalogWords.Word w : CatalogWords.of("catalog-name")) {
            int at = title.indexOf(w.text());
            if (at >= 0 && at < end) end = at;
        }
        String body = CellText.strip(title.substring(0, end)).replaceAll("(关于|的)$", "");
        return body.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) ? body : null;
    }
}
