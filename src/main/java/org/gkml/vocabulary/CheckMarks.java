package org.gkml.vocabulary;

import org.gkml.vocabulary.MappingFiles;

import java.util.HashMap;
import java.util.Map;

/** The check-mark glyphs of mappings/checkboxes.tsv. */
public final class CheckMarks {

    public enum State { SELECTED, UNSELECTED, LOST_BOX }

    private static final Map<Integer, State> GLYPHS = load();

    private CheckMarks() {
    }

    /** The state a glyph stands for, or null when it is no check mark. */
    public static State of(int codePoint) {
        return GLYPHS.get(codePoint);
    }

    public static boolean isBox(int codePoint) {
        State s = of(codePoint);
        return s == State.SELECTED || s == State.UNSELECTED;
    }

    private static Map<Integer, State> load() {
        Map<Integer, State> m = new HashMap<>();
        for (String[] row : MappingFiles.rows("checkboxes.tsv")) {
            if (row.length < 2) throw new IllegalStateException("checkboxes.tsv: row needs glyph and state: " + String.join("\t", row));
            m.put(codePoint(row[0]), State.valueOf(row[1].toUpperCase().replace('-', '_')));
        }
        return Map.copyOf(m);
    }

    private static int codePoint(String glyph) {
        if (glyph.matches("U\\+[0-9A-Fa-f]{4,6}")) return Integer.parseInt(glyph.substring(2), 16);
        if (glyph.codePointCount(0, glyph.length()) != 1) throw new IllegalStateException("checkboxes.tsv: not one glyph: " + glyph);
        return glyph.codePointAt(0);
    }
}
