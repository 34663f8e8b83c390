package org.gkml.extract.text;

import org.gkml.catalog.Simplified;
import org.gkml.catalog.WordBreaks;
import org.gkml.vocabulary.CheckMarks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence that a cell boundary falls between two consecutive pieces of PDF-flow text: positive says a new
 * cell starts, negative says the cell goes on. Each rule is a named method so it can be tested alone.
 */
final class CellBreaks {

    private static final String MID_PHRASE_ENDINGS = "的和及与或之对在从向把被将、，";
    private static final Pattern DEADLINE_END = Pattern.compile("([0-9０-９一二三四五六七八九十]+个?(工作)?[日天]内|日前|之前)$");
    private static final String LIST_MARK_ENDS = "）)．.、";
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ENUMERATION = Pattern.compile("^[（(]?(\\d{1,2})[）)．.、]");

    private final List<String> unitSuffixes;
    private final CheckMarks checkMarks;

    /** @param unitSuffixes mappings/unit-suffixes.tsv */
    CellBreaks(List<String> unitSuffixes, CheckMarks checkMarks) {
        this.unitSuffixes = List.copyOf(unitSuffixes);
        this.checkMarks = checkMarks;
    }

    /**
     * @param cell  the text of the cell so far (ending with {@code prev})
     * @param width the column's learned width in full-width characters, or NaN when not known yet
     */
    double evidence(Fragment prev, Fragment next, String cell, double width) {
        return evidence(prev, next, cell, width, wordSpansBreak(prev.text(), next.text()));
    }

    /** As above, with HanLP's reading of the break already known (it does not depend on the column). */
    double evidence(Fragment prev, Fragment next, String cell, double width, boolean spans) {
        double b = 0;
        if (!next.firstOnLine()) b += sameLine(next, cell);
        if (hasOpenBracket(cell)) b -= 4;
        if (startsWithClosingPunctuation(next.text())) b -= 4;
        // A word split by the break says the cell goes on, unless the line ended short of the column's width.
        boolean fullLine = Double.isNaN(width) || prev.width() >= width - 1.1;
        if (fullLine && wordSpansBreak(prev.text(), next.text())) b -= 1.5;
        if (next.firstOnLine()) b += widthEvidence(prev, next, width, spans);
        if (continuesEnumeration(cell, next.text())) b -= 3;
        // A word split by the break says the cell goes on, unless the line ended short of the column's width.
        if (spans && (Double.isNaN(width) || prev.width() >= width - 0.6)) b -= 1.5;
        if (prev.text().endsWith("。") || prev.text().endsWith("；")) b += 0.5;
        if (endsMidPhrase(prev.text())) b -= 2;
        if (next.firstOnLine() && endsWithDeadline(cell)) b += 1.5;
        return b;
    }

    /** Pieces side by side on one line sit in neighbouring cells, unless the gap is inside one cell's text. */
    double sameLine(Fragment next, String cell) {
        if (next.text().matches("\\d+.*") && Simplified.fold(cell).matches(".*[起后内]$")) return -1; // "之日起 5"
        if (isCheckbox(next.text().codePointAt(0)) && containsCheckbox(cell)) return -1; // "□政府公报 □发布会"
        return 2.5;
    }

    /** A line of a wrapped cell is full; the line after a short one starts a new cell, and so does a wider one. */
    double widthEvidence(Fragment prev, Fragment next, double width, boolean wordSpansBreak) {
        // A lone number is often a run of its own in the PDF ("或变更" / "5" / "个工作日"), and a list item starts
        // a line of its own: neither says anything about the column's width.
        if (NUMBER.matcher(prev.text()).matches() || NUMBER.matcher(next.text()).matches()) return 0;
        if (startsManualLine(next.text())) return 0;
        double b = 0;
        if (next.width() > prev.width() + 0.6) b += 2;
        if (!Double.isNaN(width)) {
            if (prev.width() >= width - 0.6) b -= 2;
            // Full-width punctuation is often set narrow, so a line one character short may still be full:
            // believe it when a word runs on across the break.
            else if (prev.width() >= width - 1.1) b += wordSpansBreak ? -2 : 0.5;
            else if (prev.width() < width - 2) b += 1.5;
        } else if (Math.abs(next.width() - prev.width()) < 0.6 || next.width() < prev.width()) {
            b -= 1; // equal lines, or a shorter last line: the look of one wrapped cell
        }
        return b;
    }

    /** A piece that starts a line of its own by the writer's choice: a checkbox item or a numbered entry. */
    boolean startsManualLine(String text) {
        return !text.isEmpty() && (isCheckbox(text.codePointAt(0)) || ENUMERATION.matcher(text).find());
    }

    /** "（2）…" after a cell holding "（1）…" is the next entry of the same list. */
    static boolean continuesEnumeration(String cell, String next) {
        Matcher m = ENUMERATION.matcher(next);
        if (!m.find()) return false;
        int n = Integer.parseInt(m.group(1));
        if (n <= 1) return false;
        for (char close : LIST_MARK_ENDS.toCharArray()) if (cell.contains((n - 1) + String.valueOf(close))) return true;
        return false;
    }

    /** A line ending in a particle or conjunction (…不予支付的 / 医疗费用) cannot end a cell's text. */
    static boolean endsMidPhrase(String s) {
        return !s.isEmpty() && MID_PHRASE_ENDINGS.indexOf(Simplified.fold(s.charAt(s.length() - 1))) >= 0;
    }

    /** A cell that has just stated its deadline ("…起10个工作日内", "…之前") has said what it had to say. */
    static boolean endsWithDeadline(String cell) {
        return DEADLINE_END.matcher(Simplified.fold(cell)).find();
    }

    /**
     * A cell that ends in a unit's name (…就业促进股, 办公室; mappings/unit-suffixes.tsv) has named it whole. Not
     * said of a checkbox list, whose items (便民服务站, 政务服务中心) end like units too.
     */
    boolean endsWithUnitName(String cell) {
        return !containsCheckbox(cell) && unitSuffixes.stream().anyMatch(Simplified.fold(cell)::endsWith);
    }

    static boolean startsWithBracket(String s) {
        return s.startsWith("（") || s.startsWith("(");
    }

    static boolean hasOpenBracket(String s) {
        return count(s, '《') > count(s, '》') || count(s, '（') + count(s, '(') > count(s, '）') + count(s, ')')
                || count(s, '“') > count(s, '”');
    }

    static boolean startsWithClosingPunctuation(String s) {
        return !s.isEmpty() && "。，、；：）》”,.;:)".indexOf(s.charAt(0)) >= 0;
    }

    /** Whether HanLP reads a word across the line break ("个工作日" + "内" gives 日内): {@link WordBreaks}. */
    static boolean wordSpansBreak(String before, String after) {
        return WordBreaks.spansBreak(before, after);
    }

    /** A checkbox glyph of mappings/checkboxes.tsv (a lone tick such as √ is a tick column's mark instead). */
    boolean isCheckbox(int cp) {
        return (checkMarks.isBox(cp) && !FlowRowSolver.isTick(Character.toString(cp))) || (cp >= 0xF020 && cp <= 0xF0FF);
    }

    private boolean containsCheckbox(String s) {
        return s.codePoints().anyMatch(this::isCheckbox);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
