package org.gkml.extract.office;

import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Automatic list numbers in a Word 97 document, as {@link WordListNumbering} counts them in DOCX: the label a
 * paragraph shows (a 序号 cell numbered by Word's list button holds no digits). Counted per list (lsid) and level,
 * deeper levels restarting under a new higher one, a list override's start-at restarting a level once.
 */
final class DocListNumbering {

    private static final int LEVELS = ListCounter.LEVELS;

    /** MS-DOC number formats (nfc) by their OOXML name, for {@link WordListNumbering#format}; others print digits. */
    private static final Map<Integer, String> FORMATS = Map.ofEntries(
            Map.entry(0x00, "decimal"), Map.entry(0x01, "upperRoman"), Map.entry(0x02, "lowerRoman"),
            Map.entry(0x03, "upperLetter"), Map.entry(0x04, "lowerLetter"), Map.entry(0x0A, "ideographDigital"),
            Map.entry(0x0B, "japaneseCounting"), Map.entry(0x12, "decimalEnclosedCircle"), Map.entry(0x16, "decimalZero"),
            Map.entry(0x17, "bullet"), Map.entry(0x1C, "decimalEnclosedCircleChinese"), Map.entry(0x1E, "ideographTraditional"),
            Map.entry(0x21, "taiwaneseCounting"), Map.entry(0x23, "taiwaneseCountingThousand"), Map.entry(0x24, "taiwaneseDigital"),
            Map.entry(0x25, "chineseCounting"), Map.entry(0x26, "chineseLegalSimplified"), Map.entry(0x27, "chineseCountingThousand"),
            Map.entry(0xFF, "none"));

    private final Map<Integer, ListCounter> counters = new HashMap<>();
    private final Set<Integer> overridesSeen = new HashSet<>();

    /** The label before this paragraph, or "". Call it once per paragraph, in document order. */
    String label(Paragraph p) {
        if (!p.isInList()) return "";
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            return "";   // a list reference to no list: the paragraph is shown unnumbered
        }
        int ilvl = p.getIlvl();
        if (list == null || ilvl < 0 || ilvl >= LEVELS) return "";
        char level = (char) ilvl;
        ListCounter count = counters.computeIfAbsent(list.getLsid(), k -> new ListCounter());
        if (list.isStartAtOverridden(level) && overridesSeen.add(p.getIlfo() * LEVELS + ilvl)) count.restartAt(ilvl, list.getStartAt(level));
        count.next(ilvl, list.getStartAt(level));
        String format = FORMATS.getOrDefault(list.getNumberFormat(level), "decimal");
        if (format.equals("bullet") || format.equals("none")) return "";
        // the number text holds the characters 0 … 8 where the levels' numbers go
        StringBuilder out = new StringBuilder();
        for (char c : list.getNumberText(level).toCharArray()) {
            if (c < LEVELS) {
                String shown = FORMATS.getOrDefault(list.getNumberFormat(c), "decimal");
                out.append(WordListNumbering.format(count.current(c, list.getStartAt(c)), shown));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
