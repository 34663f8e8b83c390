package org.gkml.normalize;

import org.gkml.catalog.MappingFiles;

import java.util.List;

/**
 * Whether a piece of a 责任部门 / 公开主体 cell names a unit whole: it ends like a unit (mappings/unit-suffixes.tsv:
 * 科, 处, 局, 中心 …). "基金监管" is not whole: the column wrapped "基金监管科".
 */
final class UnitNames {

    private static final List<String> SUFFIXES = MappingFiles.lines("unit-suffixes.tsv").stream().map(String::strip).toList();

    private UnitNames() {
    }

    static boolean isComplete(String name) {
        if (name == null) return false;
        String n = CellText.strip(name);
        String t = n.replaceAll("[（(][^（()）]*[）)]$", "");   // 机关党委（人事处） ends like 机关党委
        if (t.isEmpty()) t = n;
        for (String s : SUFFIXES) if (t.endsWith(s)) return true;
        return false;
    }
}
