package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.vocabulary.MappingFile;

import java.util.Comparator;
import java.util.List;

/**
 * A remark written at the end of a list cell (公开渠道和载体, 责任部门, 公开主体): "… 其他法律服务网 注：有关公开信息可推送……".
 * The remark belongs to the entry's remarks, not to the last name of the list. Markers come from
 * mappings/remark-markers.tsv.
 */
final class CellRemark {

    /** Longest first, so 备注： is taken whole rather than as 注：. */
    private final List<String> markers;
    /**
     * Every marker's first character: most positions of a cell start none, and are passed over on one look-up
     * instead of a comparison with each marker (this ran for every character of three cells of every row).
     */
    private final String firsts;
    /** A name cannot go on past these, so a marker right after one opens a remark. */
    private static final String NAME_ENDS = "、，,；;。.．";

    /**
     * @param body   the cell without its remark (the whole cell when it has none)
     * @param remark the remark as printed, marker included, with the layout's line breaks taken out; null when none
     */
    record Split(String body, String remark) {
    }

    /** @param markers remark-markers.tsv */
    CellRemark(MappingFile markers) {
        this.markers = markers.lines().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder f = new StringBuilder();
        for (String m : this.markers) if (!m.isEmpty() && f.indexOf(m.substring(0, 1)) < 0) f.append(m.charAt(0));
        this.firsts = f.toString();
    }

    Split split(String cell) {
        if (cell == null) return new Split(null, null);
        String folded = Simplified.fold(cell);   // 註： is 注：; the fold keeps positions
        for (int i = 0; i < cell.length(); i++) {
            if (!opensRemark(folded, i)) continue;
            String body = CellText.stripTrailing(cell.substring(0, i));
            return new Split(CellText.isBlank(body) ? null : body, CellText.join(cell.substring(i)));
        }
        return new Split(cell, null);
    }

    private boolean opensRemark(String cell, int at) {
        if (firsts.indexOf(cell.charAt(at)) < 0) return false;
        if (!startsAfterName(cell, at)) return runOnRemark(cell, at);
        for (String m : markers) if (cell.startsWith(m, at) || spacedColon(cell, at, m)) return true;
        return false;
    }

    /**
     * A one-character marker with its colon (注：) run on from the name before it (…其他法律服务网注：有关…: a Word cell's
     * paragraphs as a PDF's text gives them, nothing between them), unless it ends a longer marker begun before it
     * (备注： is not 备 + 注：). A longer marker's word is as often the end of a longer word (情况说明：).
     */
    private boolean runOnRemark(String cell, int at) {
        for (String m : markers) {
            if (m.length() != RUN_ON_MARKER_LENGTH || !endsWithColon(m) || !cell.startsWith(m, at)) continue;
            boolean longer = false;
            for (String l : markers) {
                int start = at + m.length() - l.length();
                if (l.length() > m.length() && start >= 0 && cell.startsWith(l, start)) longer = true;
            }
            if (!longer) return true;
        }
        return false;
    }

    /** A word of one character and its colon. */
    private static final int RUN_ON_MARKER_LENGTH = 2;

    private static boolean endsWithColon(String marker) {
        char c = marker.charAt(marker.length() - 1);
        return c == '：' || c == ':';
    }

    /**
     * Whether the marker's word stands at {@code at} with spaces before its colon: OCR sets a space around
     * punctuation (注 : 有关…), a typist now and then too (注 ：).
     */
    private static boolean spacedColon(String cell, int at, String marker) {
        char colon = marker.charAt(marker.length() - 1);
        if (colon != '：' && colon != ':') return false;
        String word = marker.substring(0, marker.length() - 1);
        if (word.isEmpty() || !cell.startsWith(word, at)) return false;
        int i = at + word.length();
        int spaces = 0;
        while (i < cell.length() && (cell.charAt(i) == ' ' || cell.charAt(i) == '\u3000' || cell.charAt(i) == '\t')) {
            i++;
            spaces++;
        }
        return spaces > 0 && i < cell.length() && cell.charAt(i) == colon;
    }

    /** At the cell's start, a line's start, or after a space or a separator: 注 inside a word (备注明) is no marker. */
    private static boolean startsAfterName(String cell, int at) {
        if (at == 0) return true;
        char before = cell.charAt(at - 1);
        return CellText.isSpace(before) || NAME_ENDS.indexOf(before) >= 0;
    }
}
