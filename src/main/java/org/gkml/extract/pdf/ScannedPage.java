package org.gkml.extract.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.gkml.extract.ocr.DoubtfulCells;
import org.gkml.extract.ocr.GrayImage;
import org.gkml.extract.ocr.HeaderLabels;
import org.gkml.extract.ocr.OcrException;
import org.gkml.extract.ocr.OcrVocabulary;
import org.gkml.extract.ocr.OcrWord;
import org.gkml.extract.ocr.RegionOcr;
import org.gkml.extract.ocr.RulingLines;
import org.gkml.extract.ocr.Skew;
import org.gkml.extract.ocr.Tesseract;

import java.util.ArrayList;
import java.util.List;

/**
 * A page read from its picture: turned upright (Tesseract's orientation detection) and levelled (its skew),
 * its ruling lines found in the pixels become {@link Ruling}s, from which {@link RulingGrid} builds the cells
 * exactly as for drawn lines; the lines are then erased and the cells and the bands of text around the tables
 * are read by OCR, each word placed back as glyphs with the OCR's confidence. What comes out is a
 * {@link PageReader} like any drawn page's, so tables are assembled, joined across pages and mapped as for
 * any PDF.
 */
final class ScannedPage {

    /** Pages are rendered, and image files taken, at this resolution: Tesseract reads 10-point CJK best at 300 dpi. */
    static final double DPI = 300;
    /** Points per pixel at {@link #DPI}. */
    private static final double POINT = 72 / DPI;
    /** A skew below this (degrees) moves a line by under a pixel per 10 cm: not worth resampling the page. */
    private static final double LEVEL_ENOUGH = 0.05;
    /** Pixels around a found line also erased: the grey fringe of a blurred or antialiased line. */
    private static final int FRINGE = 3;
    /** Pixels inside a cell's edges left out of its picture: what the eraser missed of the lines. */
    private static final int INSET = 2;
    /** Dark pixels a region needs before it is worth reading: fewer is dust or noise. */
    private static final int MIN_INK = 12;

    /** A correction of a reading to the vocabulary, where it was made. */
    record Correction(int row, int col, String raw, String corrected) {
    }

    /**
     * @param quarterTurns clockwise quarter turns that made the page upright
     * @param skew         degrees the page was levelled by
     * @param words        words read
     * @param confidence   mean OCR confidence of the words (NaN without words)
     */
    record Result(PDPage pdPage, List<Ruling> rulings, List<Cell> cells, int quarterTurns, double skew, int words, double confidence,
                  List<Correction> corrections) {

        /** The page as its cells read: each line's text laid over the line's extent. */
        PageReader page() {
            List<Glyph> glyphs = new ArrayList<>();
            for (Cell c : cells) for (int l = 0; l < c.lines().size(); l++) glyphs.addAll(spread(c.lines().get(l), c.texts().get(l)));
            return PageReader.of(pdPage, rulings, glyphs);
        }

        /** The same page with some cells' texts replaced (cell index → its lines' texts). */
        Result withTexts(java.util.Map<Integer, List<String>> texts) {
            List<Cell> out = new ArrayList<>(cells);
            texts.forEach((i, t) -> out.set(i, new Cell(cells.get(i).box(), cells.get(i).lines(), List.copyOf(t))));
            return new Result(pdPage, rulings, out, quarterTurns, skew, words, confidence, corrections);
        }
    }

    /**
     * What one region of the page read: a table cell ({@code box}) or a band of text around the tables (no box).
     *
     * @param lines its words, line by line
     * @param texts each line's text as taken (the vocabulary's corrections made)
     */
    record Cell(RulingGrid.Box box, List<List<OcrWord>> lines, List<String> texts) {
    }

    private ScannedPage() {
    }

    static Result read(PDPage page, GrayImage picture, Tesseract tesseract, OcrVocabulary vocabulary) throws OcrException {
        int turns = tesseract.quarterTurns(picture, DPI);
        GrayImage image = picture.turned(turns);
        int threshold = image.otsuThreshold();
        double skew = Skew.degrees(image, threshold);
        if (Math.abs(skew) >= LEVEL_ENOUGH) image = image.levelled(skew);
        else skew = 0;
        List<RulingLines.Line> lines = tableLines(RulingLines.find(image, threshold, DPI));
        List<Ruling> rulings = rulings(lines);
        List<RulingGrid.PageTable> tables = RulingGrid.tables(rulings);
        if (mostRows(tables) < FEW_ROWS) {
            // hairline borders (a printed web page's table) may be lighter than the ink: look again under the line threshold
            List<RulingLines.Line> faint = tableLines(RulingLines.find(image, lineThreshold(threshold, image.paperLevel()), DPI));
            List<Ruling> faintRulings = rulings(faint);
            List<RulingGrid.PageTable> faintTables = RulingGrid.tables(faintRulings);
            if (mostRows(faintTables) > mostRows(tables)) {
                lines = faint;
                rulings = faintRulings;
                tables = faintTables;
            }
        }
        erase(image, lines, rulings);

        List<RegionOcr.Region> regions = new ArrayList<>(), bands = new ArrayList<>();
        List<RulingGrid.Box> regionBoxes = new ArrayList<>();
        List<Integer> regionTables = new ArrayList<>();
        for (int ti = 0; ti < tables.size(); ti++) {
            RulingGrid.PageTable t = tables.get(ti);
            for (RulingGrid.Box b : t.boxes()) {
                int x0 = (int) Math.ceil(b.x0() / POINT) + INSET, y0 = (int) Math.ceil(b.y0() / POINT) + INSET;
                int x1 = (int) Math.floor(b.x1() / POINT) - INSET, y1 = (int) Math.floor(b.y1() / POINT) - INSET;
                if (x1 <= x0 || y1 <= y0 || !image.hasInk(x0, y0, x1, y1, threshold, MIN_INK)) continue;
                regions.add(new RegionOcr.Region(x0, y0, x1, y1));
                regionBoxes.add(b);
                regionTables.add(ti);
            }
        }
        for (int[] band : bandsOutside(tables, image.height())) {
            if (!image.hasInk(0, band[0], image.width(), band[1], threshold, MIN_INK)) continue;
            bands.add(new RegionOcr.Region(0, band[0], image.width(), band[1]));
        }
        // cells hold text of one size, read as one block; the bands around the tables mix a large title with
        // smaller lines, which a uniform block would cut into rows of pieces: they are read as a column of lines
        List<List<OcrWord>> read = new ArrayList<>(RegionOcr.read(tesseract, image, regions, DPI, Tesseract.Layout.UNIFORM));
        DoubtfulCells.reread(tesseract, image, regions, read, DPI, vocabulary::knows);
        rereadMissedLines(tesseract, image, threshold, regions, read);
        read.addAll(RegionOcr.read(tesseract, image, bands, DPI, Tesseract.Layout.COLUMN));
        regions.addAll(bands);
        for (int i = 0; i < bands.size(); i++) regionBoxes.add(null);

        List<Cell> cells = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        int words = 0;
        double confidenceSum = 0;
        for (int i = 0; i < read.size(); i++) {
            RulingGrid.Box box = regionBoxes.get(i);
            List<List<OcrWord>> cellLines = lines(read.get(i));
            // a label set one character per line (a narrow column's 依\n申\n请) is snapped whole
            StringBuilder joined = new StringBuilder();
            for (List<OcrWord> line : cellLines) joined.append(spell(line).replace(" ", ""));
            String whole = box == null || cellLines.size() < 2 ? null : vocabulary.sameLength(joined.toString());
            if (whole != null) corrections.add(new Correction(box.row() + 1, box.col() + 1, joined.toString(), whole));
            int used = 0;
            List<String> texts = new ArrayList<>();
            for (int l = 0; l < cellLines.size(); l++) {
                List<OcrWord> line = cellLines.get(l);
                words += line.size();
                for (OcrWord w : line) confidenceSum += w.confidence();
                String raw = spell(line);
                String snapped;
                if (whole != null) {
                    int n = raw.replace(" ", "").length();
                    snapped = whole.substring(used, used + n);
                    used += n;
                } else {
                    snapped = box == null ? raw : vocabulary.snap(raw);
                    if (l + 1 < cellLines.size() && wrapsOn(raw, snapped, spell(cellLines.get(l + 1)))) snapped = raw;
                }
                if (!snapped.equals(raw) && whole == null) corrections.add(new Correction(box.row() + 1, box.col() + 1, raw, snapped));
                texts.add(snapped);
            }
            cells.add(new Cell(box, cellLines, texts));
        }
        snapHeaderCells(cells, regionTables, vocabulary.headerLabels(), corrections);
        double confidence = words == 0 ? Double.NaN : confidenceSum / words;
        return new Result(page, rulings, cells, turns, skew, words, confidence, corrections);
    }

    /** A page whose tables have fewer rows than this is looked at again for lighter lines. */
    static final int FEW_ROWS = 3;

    private static List<Ruling> rulings(List<RulingLines.Line> lines) {
        List<Ruling> rulings = new ArrayList<>();
        for (RulingLines.Line l : lines) rulings.add(new Ruling(l.horizontal(), l.position() * POINT, l.from() * POINT, l.to() * POINT));
        return rulings;
    }

    /** The rows of the page's table with the most rows (0 without a table). */
    private static int mostRows(List<RulingGrid.PageTable> tables) {
        int most = 0;
        for (RulingGrid.PageTable t : tables) most = Math.max(most, t.ys().length - 1);
        return most;
    }

    /**
     * The grey under which a pixel may belong to a ruling line: halfway from the ink threshold to the paper. A printed
     * web table's hairline borders come out of a scan light grey (about 160 of 255 where text is black and the
     * threshold about 150): under the ink threshold they were not lines at all, and the table had no rows. Noise on
     * the paper stays far above it, and a run must still be 5 mm long to be a line (RulingLines). Used only on a page
     * whose lines under the ink threshold make no table of {@link #FEW_ROWS} rows, and kept only when it finds more:
     * in a dense cell of a well-ruled scan, strokes under it run together into lines that are none.
     */
    static int lineThreshold(int inkThreshold, int paper) {
        return paper <= inkThreshold ? inkThreshold : inkThreshold + (paper - inkThreshold) / 2;
    }

    /** A header row holds at least this many cells that read as header labels as they stand. */
    static final int MIN_HEADER_LABELS = 2;

    /**
     * Snaps the cells of a table's header rows to the header labels through the characters OCR confuses (厚号 → 序号,
     * 二动 → 主动, 乡村级 → 乡、村级: {@link HeaderLabels}). A header row is a row of a table where at least
     * {@link #MIN_HEADER_LABELS} cells read as labels, and no more cells read as no label than as labels (as read or
     * through a confusion); a body row of word values
     * (全社会 | 主动公开 beside its content and basis) has more cells that are no label. Only a cell that starts in a
     * header row and is no label itself is snapped, and only to a single label.
     */
    static void snapHeaderCells(List<Cell> cells, List<Integer> cellTables, HeaderLabels labels, List<Correction> corrections) {
        java.util.Map<List<Integer>, int[]> rows = new java.util.HashMap<>();   // (table, row) → labels, others
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.box() == null) continue;
            String text = String.join("", c.texts());
            if (text.isBlank()) continue;
            int[] n = rows.computeIfAbsent(List.of(cellTables.get(i), c.box().row()), k -> new int[3]);
            n[labels.isLabel(text) ? 0 : labels.snap(text) != null ? 1 : 2]++;
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.box() == null) continue;
            int[] n = rows.get(List.of(cellTables.get(i), c.box().row()));
            if (n == null || n[0] < MIN_HEADER_LABELS || n[2] > n[0] + n[1]) continue;
            String read = String.join("", c.texts());
            List<String> parts = labels.snap(read);
            if (parts == null || parts.size() != read.replaceAll("\\s+", "").length()) continue;
            List<String> texts = new ArrayList<>();
            int k = 0;
            for (String line : c.texts()) {
                StringBuilder t = new StringBuilder();
                for (int q = 0; q < line.length(); q++) if (!Character.isWhitespace(line.charAt(q))) t.append(parts.get(k++));
                texts.add(t.toString());
            }
            String label = String.join("", parts);
            cells.set(i, new Cell(c.box(), c.lines(), texts));
            corrections.add(new Correction(c.box().row() + 1, c.box().col() + 1, read.replaceAll("\\s+", ""), label));
        }
    }

    /**
     * Reads again, at a smaller scale, the text lines of cells that the first reading passed over: Tesseract
     * now and then drops a line of a block whole (a short line over a shorter one, at one scale and not at
     * another). A cell's lines are its bands of ink rows; a band no word overlaps was missed. (Reading again
     * the lines with a doubtful word as well, keeping the more confident reading, did worse: a padded band
     * overlaps its neighbours' words.)
     */
    private static void rereadMissedLines(Tesseract tesseract, GrayImage image, int threshold, List<RegionOcr.Region> regions,
                                          List<List<OcrWord>> read) throws OcrException {
        int minHeight = (int) Math.round(MIN_LINE_MM * DPI / 25.4);
        List<RegionOcr.Region> missed = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            RegionOcr.Region r = regions.get(i);
            for (int[] band : image.inkBands(r.x0(), r.y0(), r.x1(), r.y1(), threshold, minHeight)) {
                boolean covered = false;
                for (OcrWord w : read.get(i)) {
                    int overlap = Math.min(band[1], w.bottom()) - Math.max(band[0], w.top());
                    if (overlap * 2 >= band[1] - band[0]) { covered = true; break; }
                }
                if (covered) continue;
                missed.add(new RegionOcr.Region(r.x0(), Math.max(r.y0(), band[0] - INSET), r.x1(), Math.min(r.y1(), band[1] + INSET)));
                owner.add(i);
            }
        }
        if (missed.isEmpty()) return;
        List<List<OcrWord>> again = RegionOcr.read(tesseract, image, missed, DPI, Tesseract.Layout.UNIFORM, RETRY_SCALE);
        for (int k = 0; k < missed.size(); k++) {
            List<OcrWord> cell = read.get(owner.get(k));
            cell.addAll(again.get(k));
            cell.sort(java.util.Comparator.comparingInt(OcrWord::lineTop));
        }
    }

    /** A band of ink lower than this (mm) is a speck or a dot, not a line of text. */
    private static final double MIN_LINE_MM = 1.5;
    /** The scale of the second reading: Tesseract's LSTM reads CJK of about 25 pixels at least as well as of 40. */
    private static final double RETRY_SCALE = 0.6;

    /** How near (mm) a line's end must come to a line across it to meet it: a scanned corner is seldom closed exactly. */
    private static final double MEETS_MM = 2.0;
    /** A line at least this long (mm) is a table's even where one of its ends meets nothing (a table without side borders). */
    private static final double LONG_LINE_MM = 40.0;

    /**
     * The lines that belong to a table: a ruling starts and ends on a line across it. The strokes of characters set
     * one above another in a dense cell (十 over 中 over 作) can join into a run as long as a short ruling, but
     * they float inside the cell; each round drops the lines one of whose ends meets nothing, until none is dropped.
     */
    static List<RulingLines.Line> tableLines(List<RulingLines.Line> lines) {
        double tolerance = MEETS_MM * DPI / 25.4, longLine = LONG_LINE_MM * DPI / 25.4;
        List<RulingLines.Line> kept = new ArrayList<>(lines);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (int i = kept.size() - 1; i >= 0; i--) {
                RulingLines.Line l = kept.get(i);
                boolean start = meets(l, l.from(), kept, tolerance), end = meets(l, l.to(), kept, tolerance);
                if (start && end || (start || end) && l.length() >= longLine) continue;
                kept.remove(i);
                dropped = true;
            }
        }
        return kept;
    }

    private static boolean meets(RulingLines.Line l, double along, List<RulingLines.Line> lines, double tolerance) {
        for (RulingLines.Line o : lines) {
            if (o.horizontal() == l.horizontal()) continue;
            if (Math.abs(o.position() - along) <= tolerance && l.position() >= o.from() - tolerance && l.position() <= o.to() + tolerance) return true;
        }
        return false;
    }

    /** Erases the lines that are part of a table (a line crossing another), so OCR does not read them as strokes. */
    private static void erase(GrayImage image, List<RulingLines.Line> lines, List<Ruling> rulings) {
        for (int i = 0; i < lines.size(); i++) {
            boolean crosses = false;
            for (Ruling other : rulings) if (rulings.get(i).touches(other)) { crosses = true; break; }
            if (!crosses) continue;
            RulingLines.Line l = lines.get(i);
            int half = l.thickness() / 2 + FRINGE;
            int p = (int) Math.round(l.position());
            if (l.horizontal()) image.erase(l.from() - FRINGE, p - half, l.to() + FRINGE, p + half + 1);
            else image.erase(p - half, l.from() - FRINGE, p + half + 1, l.to() + FRINGE);
        }
    }

    /** The vertical bands of the page above, between and below the tables (pixels, end exclusive). */
    private static List<int[]> bandsOutside(List<RulingGrid.PageTable> tables, int height) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (RulingGrid.PageTable t : tables) {
            int top = (int) Math.floor(t.top() / POINT) - FRINGE;
            if (top > from) out.add(new int[]{from, top});
            from = Math.max(from, (int) Math.ceil(t.ys()[t.ys().length - 1] / POINT) + FRINGE);
        }
        if (from < height) out.add(new int[]{from, height});
        return out;
    }

    /** Words grouped into their text lines (the same line box), in Tesseract's reading order. */
    private static List<List<OcrWord>> lines(List<OcrWord> words) {
        List<List<OcrWord>> out = new ArrayList<>();
        for (OcrWord w : words) {
            List<OcrWord> line = null;
            for (List<OcrWord> l : out) {
                OcrWord first = l.get(0);
                if (first.lineTop() == w.lineTop() && first.lineBottom() == w.lineBottom()) { line = l; break; }
            }
            if (line == null) out.add(line = new ArrayList<>());
            line.add(w);
        }
        return out;
    }

    /** A line's words as text: CJK runs joined, other words apart. */
    private static String spell(List<OcrWord> line) {
        StringBuilder s = new StringBuilder();
        for (OcrWord w : line) {
            if (!s.isEmpty() && !joins(s.charAt(s.length() - 1), w.text().charAt(0))) s.append(' ');
            s.append(w.text());
        }
        return s.toString();
    }

    /**
     * Whether two words read one after the other are one run of text: CJK beside CJK, or a slash between CJK names
     * (社区/企事业单位/村公示栏, which Tesseract reads as three words: spaced, the channel name is no longer known).
     */
    static boolean joins(char before, char after) {
        return (isCjk(before) || before == '/') && (isCjk(after) || after == '/');
    }

    /**
     * Whether the vocabulary's reading of a line only adds at its end what the cell's next line starts with: the word
     * wraps onto the next line (社区/企事业单位/村公示 ⏎ 栏（电子屏）), the line is not a near miss of it.
     */
    static boolean wrapsOn(String raw, String snapped, String next) {
        String r = raw.replace(" ", ""), s = snapped.replace(" ", ""), n = next.replace(" ", "");
        return s.length() > r.length() && s.startsWith(r) && n.startsWith(s.substring(r.length()));
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF;
    }

    /**
     * A line's text laid over the line's extent as glyphs of equal width, on the line's box, each with the
     * confidence of the word it came from (a corrected line: the least of its words'). Tesseract's boxes of
     * words of several CJK characters overlap the words after them, so the characters are placed in reading
     * order across the line rather than within their words' boxes; CJK text is evenly set, so each lands
     * near where it is printed.
     */
    /**
     * The confidence of each character (UTF-16 unit) of a line's text: its word's for the line as read, the least of
     * the line's words for a line the vocabulary corrected; none for white space, which is left out.
     */
    static double[] confidences(List<OcrWord> words, String text) {
        List<Glyph> glyphs = spread(words, text);
        StringBuilder chars = new StringBuilder();
        List<Double> out = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.text().isBlank()) continue;
            for (int k = 0; k < g.text().length(); k++) out.add(g.confidence());
            chars.append(g.text());
        }
        double[] c = new double[out.size()];
        for (int k = 0; k < c.length; k++) c[k] = out.get(k);
        return c;
    }

    private static List<Glyph> spread(List<OcrWord> words, String text) {
        List<Glyph> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        if (cps.length == 0) return out;
        OcrWord first = words.get(0);
        double[] confidences = new double[cps.length];
        double least = words.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
        java.util.Arrays.fill(confidences, least);
        if (text.equals(spell(words))) {
            // the line as read: each character carries its word's confidence
            int i = 0;
            for (int w = 0; w < words.size(); w++) {
                if (w > 0 && i < cps.length && cps[i] == ' ') i++;
                for (int k = 0; k < words.get(w).text().codePointCount(0, words.get(w).text().length()) && i < cps.length; k++) {
                    confidences[i++] = words.get(w).confidence();
                }
            }
        }
        int left = words.stream().mapToInt(OcrWord::left).min().orElse(first.left());
        int right = words.stream().mapToInt(OcrWord::right).max().orElse(first.right());
        double x0 = left * POINT, x1 = right * POINT;
        double y0 = first.lineTop() * POINT, y1 = Math.max(first.lineBottom(), first.lineTop() + 1) * POINT;
        double width = (x1 - x0) / cps.length;
        for (int i = 0; i < cps.length; i++) {
            out.add(new Glyph(x0 + i * width, y0, x0 + (i + 1) * width, y1, y1 - y0, new String(Character.toChars(cps[i])), confidences[i]));
        }
        return out;
    }
}
