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

    // Widths are in full-width characters (Fragment.width). Every weight is a multiple of ½, so the evidence
    // sums exactly in any order. Positive says a new cell starts, negative that the cell goes on.

    /** A line within this of the column's width is full: half-width characters and rounding leave it short. */
    static final double FULL_LINE_SLACK = 0.6;
    /** A line within this of the width may still be full: full-width punctuation is often set narrow. */
    static final double NARROW_PUNCTUATION_SLACK = 1.1;
    /** A line at least this far short of the column's width was ended by the writer, not by the wrap. */
    private static final double SHORT_LINE = 2;

    /** Pieces side by side on one line: the run of spaces between them is the gap between two cells. */
    private static final double SIDE_BY_SIDE = 2.5;
    /** … unless the gap is one inside a cell's text (之日起 5, □政府公报 □发布会). */
    private static final double GAP_INSIDE_CELL = -1;
    /** An open 《, （ or “ is closed in the same cell: the strongest sign the cell goes on. */
    private static final double OPEN_BRACKET = -4;
    /** No cell starts with closing punctuation (。，）》): the line goes on the cell before. */
    private static final double CLOSING_PUNCTUATION = -4;
    /**
     * HanLP reads a word across the break (个工作日 ⏎ 内): the whole weight on a full line, half on a line one
     * narrow punctuation mark short, none on a shorter one (the writer ended it there).
     */
    private static final double WORD_RUNS_ON = -3;
    /** The next entry of a numbered list ((2) after (1)) is in the list's cell. */
    private static final double NEXT_LIST_ENTRY = -3;
    /** A line ending a sentence (。 or ；) may end the cell: weak, a cell may hold several sentences. */
    private static final double SENTENCE_END = 0.5;
    /** A line ending in a particle or conjunction (…的, …和) cannot end a cell's text. */
    private static final double MID_PHRASE = -2;
    /** A cell that has stated its deadline (…10个工作日内) has said what it had to say. */
    private static final double DEADLINE_STATED = 1.5;

    /** A wider next line cannot be the wrap of this one: a wrapped cell's lines are full up to its last. */
    private static final double WIDER_NEXT_LINE = 2;
    /** A full line was wrapped: the cell goes on below. */
    private static final double FULL_LINE = -2;
    /** A line one narrow punctuation mark short, no word running on: more likely the cell's end. */
    private static final double NEARLY_FULL_LINE = 0.5;
    /** A line one narrow punctuation mark short with a word running on was full after all. */
    private static final double NEARLY_FULL_WORD_RUNS_ON = -2;
    /** A line well short of the column's width ended its cell. */
    private static final double SHORT_LINE_ENDS_CELL = 1.5;
    /** Width not known yet: equal lines, or a shorter last line, look like one wrapped cell. */
    private static final double WRAPPED_LOOK = -1;

    private final List<String> unitSuffixes;
    private final CheckMarks checkMarks;

    private final java.util.Set<String> listedNames;

    /** @param unitSuffixes mappings/unit-suffixes.tsv */
    CellBreaks(List<String> unitSuffixes, CheckMarks checkMarks) {
        this(unitSuffixes, checkMarks, List.of());
    }

    /**
     * @param unitSuffixes mappings/unit-suffixes.tsv
     * @param listedNames  names a cell lists one a line (mappings/channels.tsv)
     */
    CellBreaks(List<String> unitSuffixes, CheckMarks checkMarks, List<String> listedNames) {
        this.unitSuffixes = List.copyOf(unitSuffixes);
        this.checkMarks = checkMarks;
        this.listedNames = java.util.Set.copyOf(listedNames);
    }

    /**
     * A line that is one known channel name whole (政府网站, 两微一端): typed on a line of its own in a list, so
     * it ends where the name ends, not where the column is full, and says nothing of the column's width.
     */
    boolean isListedName(String line) {
        return listedNames.contains(Simplified.fold(line.strip()));
    }

    /**
     * A cell whose text ends with a known channel name whole (…⏎政务服务中心, 社区/企事业单⏎位/村公示栏（电⏎子屏）):
     * a list of names typed one a line has reached a name's end, so the next line's width says nothing.
     */
    boolean endsListedName(String cell) {
        String c = Simplified.fold(cell.strip());
        String cut = TRAILING_REMARK.matcher(c).replaceFirst("");
        for (String name : listedNames) if (c.endsWith(name) || (!cut.isEmpty() && cut.endsWith(name))) return true;
        return false;
    }

    private static final Pattern TRAILING_REMARK = Pattern.compile("[（(][^（()）]*[）)]$");

    /**
     * @param cell  the text of the cell so far (ending with {@code prev})
     * @param width the column's learned width in full-width characters, or NaN when not known yet
     */
    double evidence(Fragment prev, Fragment next, String cell, double width) {
        return evidence(prev, next, cell, width, wordSpansBreak(prev.text(), next.text()));
    }

    /** As above, with HanLP's reading of the break already known (it does not depend on the column). */
    double evidence(Fragment prev, Fragment next, String cell, double width, boolean spans) {
        return textEvidence(prev, next, cell) + lineEvidence(prev, next, width, spans);
    }

    /**
     * The evidence the texts give, whatever the column's width: the part the row solver works out once per cell
     * and keeps while widths are learned (the weights being multiples of ½, the two parts add up exactly).
     */
    double textEvidence(Fragment prev, Fragment next, String cell) {
        double b = 0;
        if (!next.firstOnLine()) b += sameLine(next, cell);
        if (hasOpenBracket(cell)) b += OPEN_BRACKET;
        if (startsWithClosingPunctuation(next.text())) b += CLOSING_PUNCTUATION;
        if (continuesEnumeration(cell, next.text())) b += NEXT_LIST_ENTRY;
        if (prev.text().endsWith("。") || prev.text().endsWith("；")) b += SENTENCE_END;
        if (endsMidPhrase(prev.text())) b += MID_PHRASE;
        if (next.firstOnLine() && endsWithDeadline(cell)) b += DEADLINE_STATED;
        return b;
    }

    /** The evidence of the line's width against the column's (NaN when not known yet). */
    double lineEvidence(Fragment prev, Fragment next, double width, boolean spans) {
        return lineEvidence(prev, next, width, spans, widthSaysNothing(prev, next));
    }

    /** As above, with {@link #widthSaysNothing} known (it does not depend on the column). */
    double lineEvidence(Fragment prev, Fragment next, double width, boolean spans, boolean widthSaysNothing) {
        double b = wordRunsOn(prev, width, spans);
        if (next.firstOnLine() && !widthSaysNothing) b += widthEvidenceOf(prev, next, width, spans);
        return b;
    }

    /**
     * A word split by the break says the cell goes on, unless the line ended short of the column's width.
     *
     * @param spans whether HanLP reads a word across the break ({@link #wordSpansBreak})
     */
    static double wordRunsOn(Fragment prev, double width, boolean spans) {
        if (!spans) return 0;
        if (Double.isNaN(width) || prev.width() >= width - FULL_LINE_SLACK) return WORD_RUNS_ON;
        if (prev.width() >= width - NARROW_PUNCTUATION_SLACK) return WORD_RUNS_ON / 2;
        return 0;
    }

    /** Pieces side by side on one line sit in neighbouring cells, unless the gap is inside one cell's text. */
    double sameLine(Fragment next, String cell) {
        if (next.text().matches("\\d+.*") && Simplified.fold(cell).matches(".*[起后内]$")) return GAP_INSIDE_CELL; // "之日起 5"
        if (isCheckbox(next.text().codePointAt(0)) && containsCheckbox(cell)) return GAP_INSIDE_CELL; // "□政府公报 □发布会"
        if (unitAfterNumber(cell, next.text())) return GAP_INSIDE_CELL; // "之日起 20 个工作日"
        if (endsWithBox(cell)) return GAP_INSIDE_CELL; // "þ 门户网站": a box set apart from its option's name
        return SIDE_BY_SIDE;
    }

    private static final Pattern ENDS_WITH_DIGIT = Pattern.compile(".*[0-9０-９]$");
    private static final Pattern STARTS_WITH_UNIT = Pattern.compile("^(个|工作日|日|天|周|月|年|号|小时)");

    /**
     * A number's measure word set off from it by a space (PDFBox writes a gap where the font changes from the digits
     * back to the Chinese text: "之日起 20 个", "第 711 号"): the number and its unit are one cell's text.
     */
    static boolean unitAfterNumber(String cell, String next) {
        return ENDS_WITH_DIGIT.matcher(cell).matches() && STARTS_WITH_UNIT.matcher(Simplified.fold(next)).find();
    }

    /** A line of a wrapped cell is full; the line after a short one starts a new cell, and so does a wider one. */
    double widthEvidence(Fragment prev, Fragment next, double width, boolean wordSpansBreak) {
        return widthSaysNothing(prev, next) ? 0 : widthEvidenceOf(prev, next, width, wordSpansBreak);
    }

    /**
     * A lone number is often a run of its own in the PDF ("或变更" / "5" / "个工作日"), and a list item starts a
     * line of its own: neither says anything about the column's width.
     */
    boolean widthSaysNothing(Fragment prev, Fragment next) {
        return NUMBER.matcher(prev.text()).matches() || NUMBER.matcher(next.text()).matches() || startsManualLine(next.text())
                || (prev.firstOnLine() && isListedName(prev.text()));
    }

    private double widthEvidenceOf(Fragment prev, Fragment next, double width, boolean wordSpansBreak) {
        double b = 0;
        if (next.width() > prev.width() + FULL_LINE_SLACK) b += WIDER_NEXT_LINE;
        if (!Double.isNaN(width)) {
            if (prev.width() >= width - FULL_LINE_SLACK) b += FULL_LINE;
            // Full-width punctuation is often set narrow, so a line one character short may still be full:
            // believe it when a word runs on across the break.
            else if (prev.width() >= width - NARROW_PUNCTUATION_SLACK) b += wordSpansBreak ? NEARLY_FULL_WORD_RUNS_ON : NEARLY_FULL_LINE;
            else if (prev.width() < width - SHORT_LINE) b += SHORT_LINE_ENDS_CELL;
        } else if (Math.abs(next.width() - prev.width()) < FULL_LINE_SLACK || next.width() < prev.width()) {
            b += WRAPPED_LOOK;
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

    /** A cell whose text so far ends with a checkbox glyph (þ, □): the option's name follows it. */
    boolean endsWithBox(String cell) {
        String c = cell.strip();
        return !c.isEmpty() && isCheckbox(c.codePointBefore(c.length()));
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
