package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.vocabulary.MappingFile;

import java.util.List;

/**
 * Whether a piece of a 责任部门 / 公开主体 cell names a unit whole: it ends like a unit (mappings/unit-suffixes.tsv:
 * 科, 处, 局, 中心 …). "基金监管" is not whole: the column wrapped "基金监管科".
 */
final class UnitNames {

    private final List<String> suffixes;
    private final List<String[]> ranks;
    private static final java.util.regex.Pattern TRAILING_BRACKETS = java.util.regex.Pattern.compile("[（(][^（()）]*[）)]$");

    /** @param suffixes unit-suffixes.tsv; @param ranks unit-ranks.tsv (kind, word) */
    UnitNames(MappingFile suffixes, MappingFile ranks) {
        this.suffixes = suffixes.lines();
        this.ranks = ranks.cellRows();
    }

    boolean isComplete(String name) {
        if (name == null) return false;
        String n = Simplified.fold(CellText.strip(name));   // 辦公室 ends like 办公室
        String t = TRAILING_BRACKETS.matcher(n).replaceAll("");   // 机关党委（人事处） ends like 机关党委
        if (t.isEmpty()) t = n;
        for (String s : suffixes) if (t.endsWith(s)) return true;
        return false;
    }

    /**
     * Whether the next line names a division of the body the line before ends with (mappings/unit-ranks.tsv):
     * "省医保局" ⏎ "办公室" is one unit the column wrapped, "县司法局" ⏎ "各乡镇司法所" two.
     */
    boolean isDivisionOf(String body, String division) {
        if (body == null || division == null) return false;
        String b = Simplified.fold(CellText.strip(body));
        String d = Simplified.fold(CellText.strip(division));
        if (b.isEmpty() || d.isEmpty() || !endsWith(b, "body-ending")) return false;
        for (String[] r : ranks) if (r[0].equals("own-start") && d.startsWith(r[1])) return false;
        String bare = TRAILING_BRACKETS.matcher(d).replaceAll("");   // 机关党委（人事处）
        return endsWith(bare.isEmpty() ? d : bare, "division-ending");
    }

    private boolean endsWith(String name, String kind) {
        for (String[] r : ranks) if (r[0].equals(kind) && name.endsWith(r[1])) return true;
        return false;
    }
}
