package org.gkml.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into lines in reading order (top to bottom, left to right) and spells them out. */
final class TextLines {

    /** Glyphs whose vertical centres are closer than this share a line (fraction of the font size). */
    private static final double SAME_LINE = 0.5;
    /** A horizontal gap wider than this between glyphs is a space (fraction of the font size). */
    private static final double WORD_GAP = 0.3;
    /** A line ending closer than this to the cell's right text edge (fraction of the font size) was wrapped. */
    private static final double WRAP_ROOM = 1.2;

    private TextLines() {
    }

    /** One line of glyphs, left to right. */
    record Line(List<Glyph> glyphs) {
        double top() {
            return glyphs.stream().mapToDouble(Glyph::y0).min().orElse(0);
        }

        double bottom() {
            return glyphs.stream().mapToDouble(Glyph::y1).max().orElse(0);
        }

        double left() {
            return glyphs.get(0).x0();
        }

        double right() {
            return glyphs.get(glyphs.size() - 1).x1();
        }

        String text() {
            return glyphs.get(0).direction().vertical() ? spellAlong(glyphs) : spell(glyphs);
        }
    }

    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(), turned = new ArrayList<>();
        for (Glyph g : glyphs) if (g.text() != null) (g.direction().vertical() ? turned : sorted).add(g);
        if (turned.isEmpty()) return acrossLines(sorted);
        List<Line> out = new ArrayList<>(acrossLines(sorted));
        out.addAll(turnedLines(turned));
        out.sort(Comparator.comparingDouble(Line::top).thenComparingDouble(Line::left));
        return out;
    }

    /**
     * Turned text (a Word cell with text direction btLr or tbRl): glyphs sharing a vertical centre line are one
     * line, read bottom to top when they run upward, top to bottom when downward; lines left to right.
     */
    private static List<Line> turnedLines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centreX).thenComparingDouble(Glyph::y0));
        List<List<Glyph>> columns = new ArrayList<>();
        List<Double> centres = new ArrayList<>();
        for (Glyph g : sorted) {
            int last = columns.size() - 1;
            if (last >= 0 && Math.abs(g.centreX() - centres.get(last)) <= SAME_LINE * g.size()
                    && columns.get(last).get(0).direction() == g.direction()) {
                columns.get(last).add(g);
            } else {
                columns.add(new ArrayList<>(List.of(g)));
                centres.add(g.centreX());
            }
        }
        List<Line> out = new ArrayList<>();
        for (List<Glyph> column : columns) {
            Comparator<Glyph> down = Comparator.comparingDouble(Glyph::centreY);
            column.sort(column.get(0).direction() == WritingDirection.UPWARD ? down.reversed() : down);
            if (!spellAlong(column).isBlank()) out.add(new Line(column));
        }
        return out;
    }

    /** The text of a turned line: its glyphs in order, runs of spaces kept to one (no gaps measured across). */
    private static String spellAlong(List<Glyph> column) {
        StringBuilder s = new StringBuilder();
        for (Glyph g : column) {
            if (g.isSpace()) {
                if (!s.isEmpty() && s.charAt(s.length() - 1) != ' ') s.append(' ');
            } else {
                s.append(g.text());
            }
        }
        return s.toString().strip();
    }

    private static List<Line> acrossLines(List<Glyph> sorted) {
        sorted.sort(Comparator.comparingDouble(Glyph::centreY).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Double> centres = new ArrayList<>();
        for (Glyph g : sorted) {
            int last = rows.size() - 1;
            if (last >= 0 && Math.abs(g.centreY() - centres.get(last)) <= SAME_LINE * g.size()) {
                rows.get(last).add(g);
            } else {
                rows.add(new ArrayList<>(List.of(g)));
                centres.add(g.centreY());
            }
        }
        List<Line> out = new ArrayList<>();
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(Glyph::x0));
            if (!spell(row).isBlank()) out.add(new Line(row));
        }
        return out;
    }

    /** The text of glyphs on one line: a space where the gap is wide, runs of spaces kept to one. */
    static String spell(List<Glyph> row) {
        StringBuilder s = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : row) {
            if (prev != null && g.x0() - prev.x1() > WORD_GAP * Math.max(g.size(), prev.size())
                    && !s.isEmpty() && s.charAt(s.length() - 1) != ' ' && !g.isSpace()) {
                s.append(' ');
            }
            if (g.isSpace()) {
                if (!s.isEmpty() && s.charAt(s.length() - 1) != ' ') s.append(' ');
            } else {
                s.append(g.text());
            }
            prev = g;
        }
        return s.toString().strip();
    }

    /** The lines' texts joined with line breaks. */
    static String text(List<Glyph> glyphs) {
        StringBuilder s = new StringBuilder();
        for (Line line : lines(glyphs)) {
            if (!s.isEmpty()) s.append('\n');
            s.append(line.text());
        }
        return s.toString();
    }

    /**
     * The text of a cell from {@code left} to {@code right}, its glyphs grouped into {@link #lines}, joined with
     * "\n". A line that runs to the cell's right edge may have been wrapped there or may end a name that just fills
     * a narrow column (政府网站 ⏎ 两微一端): the break is kept and left to the reader of the field (text fields take breaks out,
     * list fields tell a wrap from a separator by the names). Only a Latin word or number wrapped at the edge is
     * joined here, with a space. The right margin is taken to be as wide as the left one.
     */
    static String cellText(List<Line> lines, double left, double right) {
        if (lines.isEmpty()) return "";
        double margin = Math.max(0, lines.stream().mapToDouble(Line::left).min().orElse(left) - left);
        double textRight = right - margin;
        StringBuilder s = new StringBuilder();
        Line prev = null;
        for (Line line : lines) {
            String text = line.text();
            if (prev != null) {
                double size = prev.glyphs().get(prev.glyphs().size() - 1).size();
                boolean wrapped = prev.right() >= textRight - WRAP_ROOM * size;
                if (!wrapped) s.append('\n');
                else if (!brokenNumber(prev.text(), text)) {
                    boolean latinWords = isWordChar(s.charAt(s.length() - 1)) && isWordChar(text.charAt(0));
                    s.append(latinWords ? ' ' : '\n');
                }
            }
            s.append(text);
            prev = line;
        }
        return s.toString();
    }

    /**
     * A number broken by the wrap: a line holding nothing but the start of a number is a column too narrow
     * for it (序号 20 in a 序号 column one digit wide), not two numbers a space apart.
     */
    static boolean brokenNumber(String line, String next) {
        return !line.isEmpty() && line.chars().allMatch(Character::isDigit) && Character.isDigit(next.charAt(0));
    }

    private static boolean isWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
