package org.gkml.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * The units named in a responsibility cell (责任部门 / 公开责任 / 责任科室): split on 、，,；; and on line
 * breaks that separate names, never inside brackets. A line break only separates when the line before
 * ends like a unit name ({@link UnitNames}); otherwise the column merely wrapped a long name. List numbers
 * (1. （1） ①) are taken out.
 */
final class Responsible {

    private static final String SEPARATORS = "、，,；;";

    private Responsible() {
    }

    static List<String> split(UnitNames units, String cell) {
        if (cell == null) return List.of();
        List<String> out = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int depth = 0;
        for (String numbered : ListNumbers.split(cell)) {
            for (String line : NameLines.of(numbered, units::isComplete, units::isDivisionOf)) {
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
            depth = 0;
        }
        add(out, name);
        return out;
    }

    private static void add(List<String> out, StringBuilder name) {
        String n = ListNumbers.strip(CellText.strip(name.toString()));
        if (n != null && !n.isEmpty()) out.add(n);
        name.setLength(0);
    }
}
