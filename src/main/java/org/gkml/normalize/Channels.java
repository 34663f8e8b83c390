package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.vocabulary.CheckMarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a channel cell (公开渠道和载体). Checkbox mode when the cell holds box marks
 * (mappings/checkboxes.tsv): the names after a selected mark. Plain mode otherwise: the names given.
 */
final class Channels {

    /** A stand-in for a selected mark, put where the export left "(" for a lost symbol-font box. */
    private static final char SELECTED = '■';
    private static final Pattern TRAILING_REMARK = Pattern.compile("\\s*[（(][^（()）]*[）)]$");
    private static final Pattern GAP = Pattern.compile("[\\s\u3000]{2,}|\t");
    private static final Pattern QUOTED = Pattern.compile("[“\"「『‘]([^“”\"「」『』‘’]+)[”\"」』’]");
    private static final Pattern COLUMN_WORD = Pattern.compile("^[\\s\u3000]*(栏目|专栏|版块|板块|频道)");

    private final CheckMarks marks;
    private final ChannelNames channelNames;

    Channels(CheckMarks marks, ChannelNames names) {
        this.marks = marks;
        this.channelNames = names;
    }

    /**
     * The channels of ticked sub-columns (公开渠道 over 政府网站 | 政务新媒体 | 公示栏（电子屏）): each sub-label as
     * printed, its line breaks taken out and without a trailing remark, as in a checkbox list.
     */
    ChannelReading ticked(List<String> subLabels) {
        List<String> names = new ArrayList<>();
        for (String label : subLabels) {
            String name = dropTrailingRemark(CellText.join(label));
            if (!name.isEmpty()) names.add(name);
        }
        return new ChannelReading(names, null, List.of());
    }

    ChannelReading parse(String cell) {
        if (CellText.isBlank(cell)) return ChannelReading.EMPTY;
        String boxed = StandInBoxes.restore(cell, marks);
        if (boxed.equals(cell)) return hasBoxes(cell) ? checkboxes(cell) : plain(cell);
        ChannelReading reading = checkboxes(boxed);
        return new ChannelReading(reading.selected(), reading.webColumn(), reading.warnings(), StandInBoxes.describe(cell, boxed));
    }

    private boolean hasBoxes(String cell) {
        return cell.codePoints().anyMatch(marks::isBox);
    }

    // ---- checkbox mode

    private ChannelReading checkboxes(String cell) {
        List<String> warnings = new ArrayList<>();
        String text = CellText.join(restoreLostBoxes(cell));   // a name may wrap: join before splitting
        List<String> names = new ArrayList<>();
        int i = 0;
        String before = null;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int end = next;
            while (end < text.length() && !marks.isBox(text.codePointAt(end))) end += Character.charCount(text.codePointAt(end));
            if (!marks.isBox(cp)) {
                before = text.substring(i, end);
            } else if (marks.of(cp) == CheckMarks.State.SELECTED) {
                String[] parts = GAP.split(CellText.strip(text.substring(next, end)), 2);
                String name = dropTrailingRemark(parts[0]);
                if (!name.isEmpty()) names.add(name);
                if (parts.length > 1 && !CellText.isBlank(parts[1])) warnings.add("text without a checkbox ignored: " + CellText.strip(parts[1]));
            }
            i = end;
        }
        if (before != null && !CellText.isBlank(before)) warnings.add("text before the first checkbox ignored: " + CellText.strip(before));
        return withWebColumns(names, warnings);
    }

    /** "(" at the start of an option with no closing bracket is a symbol-font box the export lost. */
    private String restoreLostBoxes(String cell) {
        StringBuilder out = new StringBuilder(cell);
        for (int i = 0; i < out.length(); i++) {
            if (marks.of(out.charAt(i)) != CheckMarks.State.LOST_BOX) continue;
            boolean startsOption = i == 0 || CellText.isSpace(out.charAt(i - 1)) || marks.isBox(out.charAt(i - 1));
            if (startsOption && !closedInOption(out, i + 1)) out.setCharAt(i, SELECTED);
        }
        return out.toString();
    }

    private boolean closedInOption(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ')' || c == '）') return true;
            if (c == '\n' || c == '\r' || marks.isBox(c) || (c == '(' && i > from)) return false;
            if (CellText.isSpace(c) && i + 1 < s.length() && CellText.isSpace(s.charAt(i + 1))) return false;
        }
        return false;
    }

    // ---- plain mode

    /**
     * Names split on separators, on the numbers of a numbered list, and on line breaks between whole names
     * ({@link ChannelNames}); a break that wraps a long name is taken out.
     */
    private ChannelReading plain(String cell) {
        List<String> pieces = new ArrayList<>();
        for (String item : ListNumbers.split(cell)) pieces.addAll(NameLines.of(item, channelNames::isComplete, channelNames::spansBreak));
        List<String> names = new ArrayList<>();
        for (String piece : pieces) {
            for (String part : splitOutsideBrackets(piece).stream().flatMap(p -> spacedNames(p).stream()).toList()) {
                part = ListNumbers.strip(part);
                List<String> runTogether = channelNames.runTogether(part);
                if (!runTogether.isEmpty()) {
                    names.addAll(runTogether);
                } else if (part.contains("/") && !channelNames.isKnown(part) && !QUOTED.matcher(part).find()) {
                    for (String p : part.split("/")) if (!CellText.isBlank(p)) names.add(CellText.strip(p));
                } else {
                    names.add(part);
                }
            }
        }
        return withWebColumns(names, new ArrayList<>());
    }

    /**
     * Names typed with one space between them (政府网站 政务微信 政务微博): split only when every piece names a channel
     * whole, so that a space inside one name (县政府 门户网站) stays.
     */
    private List<String> spacedNames(String part) {
        String[] pieces = CellText.strip(part).split("[ \u3000]");
        if (pieces.length < 2) return List.of(part);
        for (String p : pieces) if (p.isEmpty() || !channelNames.isComplete(p)) return List.of(part);
        return List.of(pieces);
    }

    /** Splits on 、，,；; and on wide gaps, but not inside （）() or quotation marks. */
    private static List<String> splitOutsideBrackets(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') depth++;
            if ((c == '）' || c == ')') && depth > 0) depth--;
            if (c == '“' || c == '「' || c == '『') quoted = true;
            if (c == '”' || c == '」' || c == '』') quoted = false;
            boolean gap = CellText.isSpace(c) && i + 1 < text.length() && CellText.isSpace(text.charAt(i + 1));
            if (depth == 0 && !quoted && ("、，,；;".indexOf(c) >= 0 || gap)) {
                addPart(out, part);
            } else {
                part.append(c);
            }
        }
        addPart(out, part);
        return out;
    }

    private static void addPart(List<String> out, StringBuilder part) {
        String p = dropTrailingRemark(CellText.strip(part.toString()));
        if (!p.isEmpty()) out.add(p);
        part.setLength(0);
    }

    // ---- shared

    private static String dropTrailingRemark(String name) {
        String n = CellText.strip(name);
        String cut = TRAILING_REMARK.matcher(n).replaceFirst("");
        return cut.isEmpty() ? n : cut;
    }

    /**
     * Takes a quoted website column out of each name: 政府网站“机构信息”栏目 → 政府网站 + 机构信息. A quotation
     * that a channel kind follows names that channel (“宜良卫健”微信公众号, “i宜良”APP): the name stays whole.
     */
    private ChannelReading withWebColumns(List<String> names, List<String> warnings) {
        LinkedHashSet<String> channels = new LinkedHashSet<>();
        List<String> columns = new ArrayList<>();
        for (String name : names) {
            Matcher m = QUOTED.matcher(name);
            if (!m.find()) {
                channels.add(name);
                continue;
            }
            if (namesTheChannel(name, m.end())) {
                channels.add(name);
                continue;
            }
            String channel = CellText.strip(name.substring(0, m.start()));
            int end;
            do {
                columns.add(CellText.strip(m.group(1)));
                end = m.end();
            } while (m.find() && CellText.isBlank(name.substring(end, m.start())));
            String rest = COLUMN_WORD.matcher(Simplified.fold(name.substring(end))).replaceFirst("");
            if (!channel.isEmpty()) channels.add(channel);
            if (!CellText.isBlank(rest)) warnings.add("text after a website column ignored: " + CellText.strip(rest));
        }
        if (columns.size() > 1) warnings.add("several website columns named: " + String.join("、", columns));
        String webColumn = columns.isEmpty() ? null : String.join("、", new LinkedHashSet<>(columns));
        return new ChannelReading(new ArrayList<>(channels), webColumn, warnings);
    }

    /** The text after the closing quotation mark is a channel's kind (微信公众号, APP), not a column word (栏目). */
    private boolean namesTheChannel(String name, int afterQuote) {
        String rest = Simplified.fold(name.substring(afterQuote));
        return !COLUMN_WORD.matcher(rest).lookingAt() && channelNames.isComplete(rest);
    }
}
