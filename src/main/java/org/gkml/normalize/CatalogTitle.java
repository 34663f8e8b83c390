package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.table.TextLine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The catalog's title among the lines before the table, and the publishing body it names. */
final class CatalogTitle {

    /** Where the title is: lines first..last (inclusive), and its text. */
    record Found(int first, int last, String text) {
    }

    private static final Pattern BODY_IN_BRACKETS = Pattern.compile("目录[\\s\u3000]*[（(]([^（）()]+)[）)]$");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[\\s\u3000]+(?=\\p{IsHan})");
    private static final int MAX_TITLE_LENGTH = 60;

    private CatalogTitle() {
    }

    /**
     * The first line naming a title word (目录, mappings/catalog-names.tsv) that is neither a key: value line
     * nor a numbered heading; a title wrapped onto a second line ("…政府信息公开" / "基本目录") is joined.
     */
    static Found find(List<TextLine> preamble) {
        for (int i = 0; i < preamble.size(); i++) {
            String t = clean(preamble.get(i).text());
            if (!isTitleLike(t) || !CatalogWords.anyIn("title-word", t)) continue;
            int prev = previousNonBlank(preamble, i);
            if (agencyOf(t) == null && prev >= 0 && isTitleLike(clean(preamble.get(prev).text()))) {
                String joined = clean(preamble.get(prev).text()) + t;
                if (joined.length() <= MAX_TITLE_LENGTH && !joined.startsWith("附件")) return new Found(prev, i, joined);
            }
            return new Found(i, i, t);
        }
        return null;
    }

    /** The publishing body a title names: 昆明市西山区医疗保障局政府信息公开基本目录 → 昆明市西山区医疗保障局. */
    static String agencyOf(String title) {
        if (title == null) return null;
        Matcher m = BODY_IN_BRACKETS.matcher(Simplified.fold(title));   // the fold keeps positions
        if (m.find()) return CellText.strip(title.substring(m.start(1), m.end(1)));
        int end = title.length();
        for (CatalogWords.Word w : CatalogWords.of("catalog-name")) {
            int at = Simplified.fold(title).indexOf(w.text());
            if (at >= 0 && at < end) end = at;
        }
        String body = CellText.strip(title.substring(0, end)).replaceAll("(关于|的)$", "");
        return body.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) ? body : null;
    }

    private static boolean isTitleLike(String t) {
        return t != null && !t.isEmpty() && t.length() <= MAX_TITLE_LENGTH && !t.contains("：") && !t.contains(":")
                && t.equals(Enumeration.stripPrefix(t));   // 第二部分 基本目录 is a heading
    }

    /** Trimmed, with letter-spacing between Chinese characters taken out ("目 录" → "目录"). */
    private static String clean(String line) {
        String t = CellText.strip(line);
        return t == null ? null : SPACE_BETWEEN_HAN.matcher(t).replaceAll("");
    }

    private static int previousNonBlank(List<TextLine> lines, int i) {
        for (int j = i - 1; j >= 0; j--) if (!CellText.isBlank(lines.get(j).text())) return j;
        return -1;
    }
}
