package org.gkml.extract.office;

import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word's automatic list numbers (w:numPr and the numbering part): the label a paragraph shows, which its text does
 * not hold. A 序号 column numbered by Word's list button prints 1, 2, 3 while every cell is empty in the XML, so
 * the labels are counted here as Word counts them: per list definition (w:abstractNum), a level's counter
 * restarting when a higher level appears, a list instance's w:startOverride restarting it once. Bullets carry no
 * information and give no label. Numbering inherited from a paragraph style is not followed.
 */
final class WordListNumbering {

    static final WordListNumbering NONE = new WordListNumbering();

    private static final int LEVELS = ListCounter.LEVELS;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /** A list level: its first number, number format (w:numFmt) and label pattern (w:lvlText, %1 … %9). */
    private record Level(int start, String format, String pattern) {
    }

    private final Map<String, String> abstractOfNum = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();
    private final Map<String, Level[]> levels = new HashMap<>();
    private final Map<String, ListCounter> counters = new HashMap<>();
    private final Set<String> numsSeen = new HashSet<>();

    private WordListNumbering() {
    }

    /** Reads the numbering part's root (w:numbering); null gives {@link #NONE}. */
    static WordListNumbering of(Element numbering) {
        if (numbering == null) return NONE;
        WordListNumbering n = new WordListNumbering();
        for (Element e : WordXml.children(numbering)) {
            if (WordXml.isW(e, "abstractNum")) {
                Level[] lv = new Level[LEVELS];
                for (Element l : WordXml.children(e)) {
                    if (!WordXml.isW(l, "lvl")) continue;
                    int ilvl = WordXml.intAttr(l, "ilvl", -1);
                    if (ilvl < 0 || ilvl >= LEVELS) continue;
                    lv[ilvl] = new Level(WordXml.intAttr(WordXml.wChild(l, "start"), "val", 1),
                            valueOf(WordXml.wChild(l, "numFmt"), "decimal"), valueOf(WordXml.wChild(l, "lvlText"), ""));
                }
                n.levels.put(WordXml.wAttr(e, "abstractNumId"), lv);
            } else if (WordXml.isW(e, "num")) {
                String id = WordXml.wAttr(e, "numId");
                n.abstractOfNum.put(id, valueOf(WordXml.wChild(e, "abstractNumId"), null));
                Map<Integer, Integer> overrides = new HashMap<>();
                for (Element o : WordXml.children(e)) {
                    Element start = WordXml.wChild(o, "startOverride");
                    if (WordXml.isW(o, "lvlOverride") && start != null) {
                        overrides.put(WordXml.intAttr(o, "ilvl", 0), WordXml.intAttr(start, "val", 1));
                    }
                }
                if (!overrides.isEmpty()) n.startOverrides.put(id, overrides);
            }
        }
        return n;
    }

    /**
     * The label Word shows before this paragraph (1, 1., 一、, ①), or "" when it is not numbered. Counts: call it
     * once per paragraph, in document order.
     */
    String label(Element p) {
        Element numPr = WordXml.wChild(WordXml.wChild(p, "pPr"), "numPr");
        if (numPr == null) return "";
        String numId = valueOf(WordXml.wChild(numPr, "numId"), null);
        int ilvl = WordXml.intAttr(WordXml.wChild(numPr, "ilvl"), "val", 0);
        String abstractId = abstractOfNum.get(numId);
        Level[] lv = abstractId == null ? null : levels.get(abstractId);
        if (lv == null || ilvl < 0 || ilvl >= LEVELS || lv[ilvl] == null) return "";   // numId 0 switches numbering off
        ListCounter count = counters.computeIfAbsent(abstractId, k -> new ListCounter());
        if (numsSeen.add(numId) && startOverrides.containsKey(numId)) {
            startOverrides.get(numId).forEach((level, start) -> {
                if (level >= 0 && level < LEVELS) count.restartAt(level, start);
            });
        }
        count.next(ilvl, lv[ilvl].start());
        Level level = lv[ilvl];
        if (level.format().equals("bullet") || level.format().equals("none")) return "";
        StringBuilder out = new StringBuilder();
        String pattern = level.pattern();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int ref = i + 1 < pattern.length() && c == '%' ? pattern.charAt(i + 1) - '1' : -1;
            if (ref >= 0 && ref < LEVELS) {
                Level shown = lv[ref] == null ? level : lv[ref];
                out.append(format(count.current(ref, shown.start()), shown.format()));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A paragraph's text after its list label. Word puts a tab after the number; a label ending in its own
     * punctuation (1. 一、) needs no space before the text, a bare number (1, A) one.
     */
    static String labelled(String label, String text) {
        if (label.isEmpty()) return text;
        if (text.isEmpty()) return label;
        return Character.isLetterOrDigit(label.charAt(label.length() - 1)) ? label + " " + text : label + text;
    }

    /** A number in a list level's format; formats gkml has no use for fall back to digits. */
    static String format(int n, String numFmt) {
        return switch (numFmt) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "japaneseCounting", "ideographTraditional" -> chinese(n);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> chineseDigits(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase();
            default -> String.valueOf(n);
        };
    }

    /** 一 … 十, 十一, 二十, 二十一 … 九十九 (the counting a 一级事项 list uses); larger numbers digit by digit. */
    private static String chinese(int n) {
        if (n <= 0 || n >= 100) return chineseDigits(n);
        int tens = n / 10;
        int ones = n % 10;
        String s = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(CHINESE_DIGITS.charAt(tens))) + "十";
        return ones == 0 ? s : s + CHINESE_DIGITS.charAt(ones);
    }

    private static String chineseDigits(int n) {
        StringBuilder s = new StringBuilder();
        for (char d : String.valueOf(n).toCharArray()) s.append(Character.isDigit(d) ? CHINESE_DIGITS.charAt(d - '0') : d);
        return s.toString();
    }

    private static String letters(int n, char a) {
        if (n <= 0) return String.valueOf(n);
        char c = (char) (a + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) s.append(symbols[i]);
        }
        return s.toString();
    }

    private static String valueOf(Element e, String fallback) {
        String v = WordXml.wAttr(e, "val");
        return v == null ? fallback : v;
    }
}
