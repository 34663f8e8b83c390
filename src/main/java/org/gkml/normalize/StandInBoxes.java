package org.gkml.normalize;

import org.gkml.vocabulary.CheckMarks;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Puts boxes back where a checkbox list was typed or exported with look-alikes: 口 typed for □
 * ("■政府网站 口两微一端"), or the letter a Wingdings box is drawn from once the export lost the font
 * ("t政府网站□政府公报"). Such a character (a stand-in in mappings/checkboxes.tsv) counts only at the start of an
 * option, before a Chinese name, and only in a cell that holds a real box or at least two such stand-ins: 人口 or
 * a lone 口岸 stays text.
 */
final class StandInBoxes {

    private static final char SELECTED = '■';
    private static final char UNSELECTED = '□';

    private StandInBoxes() {
    }

    /** The cell with its stand-ins replaced by ■ / □, or the cell itself when it has none that count. */
    static String restore(String cell, CheckMarks marks) {
        StringBuilder out = new StringBuilder(cell);
        int found = 0;
        boolean realBox = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (marks.isBox(c)) realBox = true;
            CheckMarks.State state = marks.of(c);
            if (state == null || !state.isStandIn() || !startsOption(cell, i, marks)) continue;
            out.setCharAt(i, state == CheckMarks.State.STAND_IN_SELECTED ? SELECTED : UNSELECTED);
            found++;
        }
        return found > 0 && (realBox || found >= 2) ? out.toString() : cell;
    }

    /** "口 → □, t → ■": what was read as which box, for the warning. */
    static String describe(String cell, String restored) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) != restored.charAt(i)) pairs.add(cell.charAt(i) + " → " + restored.charAt(i));
        }
        return String.join(", ", pairs);
    }

    /**
     * After a break or a box, and before a name: right before it, or on the next line where the column wrapped
     * between box and name ("（电子屏） 口" ⏎ "精准推送" in a narrow PDF cell).
     */
    private static boolean startsOption(String cell, int i, CheckMarks marks) {
        boolean afterBreak = i == 0 || CellText.isSpace(cell.charAt(i - 1)) || marks.isBox(cell.charAt(i - 1));
        int next = i + 1;
        while (next < cell.length() && cell.charAt(next) != '\n' && CellText.isSpace(cell.charAt(next))) next++;
        if (next < cell.length() && cell.charAt(next) == '\n') {
            next++;
            while (next < cell.length() && CellText.isSpace(cell.charAt(next))) next++;
        } else {
            next = i + 1;   // on one line the name follows the box at once
        }
        return afterBreak && next < cell.length() && isHan(cell.codePointAt(next));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
