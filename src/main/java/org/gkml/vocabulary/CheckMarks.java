package org.gkml.vocabulary;

import java.util.HashMap;
import java.util.Map;

/** The check-mark glyphs of mappings/checkboxes.tsv. */
public final class CheckMarks {

    public enum State {
        SELECTED, UNSELECTED, LOST_BOX, YES_WORD, STAND_IN_SELECTED, STAND_IN_UNSELECTED;

        /** A character that is a box only where a box stands (口 for □, a Wingdings letter without its font). */
        public boolean isStandIn() {
            return this == STAND_IN_SELECTED || this == STAND_IN_UNSELECTED;
        }
    }

    /**
     * The glyphs' code points in ascending order, and each one's state: asked of every character of many cells,
     * a look-up here (a range check, then a binary search of two dozen ints) costs less than boxing the character
     * for a map.
     */
    private final int[] codePoints;
    private final State[] states;

    /** From checkboxes.tsv: glyph (or U+XXXX), state. */
    CheckMarks(MappingFile file) {
        Map<Integer, State> m = new HashMap<>();
        for (MappingFile.Row row : file.rows()) {
            m.put(codePoint(row), row.parse(1, s -> State.valueOf(s.toUpperCase().replace('-', '_')), "selected, unselected, lost-box, yes-word, stand-in-selected or stand-in-unselected"));
        }
        codePoints = m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        states = new State[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) states[i] = m.get(codePoints[i]);
    }

    /** The state a glyph stands for, or null when it is no check mark. */
    public State of(int codePoint) {
        if (codePoints.length == 0 || codePoint < codePoints[0] || codePoint > codePoints[codePoints.length - 1]) return null;
        int i = java.util.Arrays.binarySearch(codePoints, codePoint);
        return i >= 0 ? states[i] : null;
    }

    public boolean isBox(int codePoint) {
        State s = of(codePoint);
        return s == State.SELECTED || s == State.UNSELECTED;
    }


    /**
     * True when the cell holds a tick or filled box ("selected"), or is nothing but a word for yes (是, Y); blank,
     * □ or 否 is not.
     */
    public boolean isTicked(String cell) {
        if (cell == null) return false;
        String whole = cell.strip();
        if (whole.codePointCount(0, whole.length()) == 1 && of(whole.codePointAt(0)) == State.YES_WORD) return true;
        for (int i = 0; i < cell.length(); ) {
            int cp = cell.codePointAt(i);
            if (of(cp) == State.SELECTED) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static int codePoint(MappingFile.Row row) {
        String glyph = row.get(0);
        if (glyph.matches("U\\+[0-9A-Fa-f]{4,6}")) return Integer.parseInt(glyph.substring(2), 16);
        if (glyph.codePointCount(0, glyph.length()) != 1) throw row.fault("column 1 must be one glyph or U+XXXX, not \"" + glyph + "\"");
        return glyph.codePointAt(0);
    }
}
