package org.gkml.vocabulary;

import java.util.HashMap;
import java.util.Map;

/** The check-mark glyphs of mappings/checkboxes.tsv. */
public final class CheckMarks {

    public enum State { SELECTED, UNSELECTED, LOST_BOX }

    private final Map<Integer, State> glyphs;

    /** From checkboxes.tsv: glyph (or U+XXXX), state. */
    CheckMarks(MappingFile file) {
        Map<Integer, State> m = new HashMap<>();
        for (MappingFile.Row row : file.rows()) {
            m.put(codePoint(row), row.parse(1, s -> State.valueOf(s.toUpperCase().replace('-', '_')), "selected, unselected or lost-box"));
        }
        this.glyphs = Map.copyOf(m);
    }

    /** The state a glyph stands for, or null when it is no check mark. */
    public State of(int codePoint) {
        return glyphs.get(codePoint);
    }

    public boolean isBox(int codePoint) {
        State s = of(codePoint);
        return s == State.SELECTED || s == State.UNSELECTED;
    }


    /** True when the cell holds a tick or filled box ("selected"); blank or □ is not. */
    public boolean isTicked(String cell) {
        if (cell == null) return false;
        return cell.codePoints().anyMatch(cp -> of(cp) == State.SELECTED);
    }

    private static int codePoint(MappingFile.Row row) {
        String glyph = row.get(0);
        if (glyph.matches("U\\+[0-9A-Fa-f]{4,6}")) return Integer.parseInt(glyph.substring(2), 16);
        if (glyph.codePointCount(0, glyph.length()) != 1) throw row.fault("column 1 must be one glyph or U+XXXX, not \"" + glyph + "\"");
        return glyph.codePointAt(0);
    }
}
