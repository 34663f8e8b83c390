package org.gkml.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Short cells whose reading on the stacked sheet ({@link RegionOcr}) holds a doubtful word, read again each alone,
 * the surer reading kept. On the sheet, Tesseract reads a lone short line (a 序号 digit at the top of a tall merged
 * cell, a label set one character per line: 序 over 号, 全 over 社 over 会) in the company of the cells around it
 * and now and then makes another character of it, with a confidence under {@link #DOUBT} (业 for 1 at 0, 和 for 号
 * at 22); alone, the same pixels read right and sure. Only short cells (no line over {@link #SHORT_LINE}
 * characters): a line of running text reads no better alone, and a doubtful one as often worse (招生管理 read alone
 * lost 招 and gained 如, more confident on the whole). The second reading replaces the first only when it is surer
 * both in its least and in its mean word confidence: Tesseract is sure of some wrong readings too (厅 for 序 at
 * 0 beside 号 at 96).
 */
public final class DoubtfulCells {

    /** A word read with less confidence than this makes its cell doubtful (Tesseract's 0-100 scale). */
    static final double DOUBT = 50;
    /** A cell is short when none of its lines has more characters than this: a number, a tick, a stacked label. */
    static final int SHORT_LINE = 2;
    /**
     * Cells read again per page at most, the least confident first: each is a Tesseract run of its own (a quarter
     * of a second of start-up), and a page of noise can doubt every cell.
     */
    static final int MAX_PER_PAGE = 40;

    private DoubtfulCells() {
    }

    /**
     * Reads the doubtful regions again alone and puts the better reading in {@code read} (one list per region). A
     * cell already read as a word the vocabulary knows (a label, an option, a tick's V) is not doubted. Each doubtful
     * cell is read alone at its size and at {@link #SMALLER}: a reading that is a known word wins (序 over 号 read
     * 订本 at full size, 序号 at 0.6: Tesseract's LSTM reads a lone CJK glyph differently at each size), else the
     * surer of the first reading and the one at full size.
     */
    public static void reread(Tesseract tesseract, GrayImage page, List<RegionOcr.Region> regions, List<List<OcrWord>> read, double dpi,
                              Predicate<String> known) throws OcrException {
        List<Integer> doubtful = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) if (doubtful(read.get(i)) && !known.test(text(read.get(i)))) doubtful.add(i);
        doubtful.sort(Comparator.comparingDouble(i -> least(read.get(i))));
        for (int i : doubtful.subList(0, Math.min(MAX_PER_PAGE, doubtful.size()))) {
            List<OcrWord> alone = RegionOcr.read(tesseract, page, List.of(regions.get(i)), dpi, Tesseract.Layout.UNIFORM).get(0);
            List<OcrWord> smaller = known.test(text(alone)) ? alone
                    : RegionOcr.read(tesseract, page, List.of(regions.get(i)), dpi, Tesseract.Layout.UNIFORM, SMALLER).get(0);
            List<OcrWord> better = better(read.get(i), alone, smaller, known);
            if (better != read.get(i)) read.set(i, new ArrayList<>(better));
        }
    }

    /** The scale of the third reading. */
    static final double SMALLER = 0.6;

    /**
     * Of a cell's readings (stacked, alone, alone smaller), the first that is a known word; else the alone one if
     * {@link #surer} than the stacked one; else the stacked one.
     */
    static List<OcrWord> better(List<OcrWord> first, List<OcrWord> alone, List<OcrWord> smaller, Predicate<String> known) {
        for (List<OcrWord> r : List.of(first, alone, smaller)) if (!r.isEmpty() && known.test(text(r))) return r;
        return surer(alone, first) ? alone : first;
    }

    /** A cell's reading as one string, without white space. */
    static String text(List<OcrWord> words) {
        StringBuilder s = new StringBuilder();
        for (OcrWord w : words) s.append(w.text().replaceAll("\\s+", ""));
        return s.toString();
    }

    /** Whether a cell's reading is short (see {@link #SHORT_LINE}) and has a word under {@link #DOUBT}. */
    static boolean doubtful(List<OcrWord> words) {
        if (least(words) >= DOUBT) return false;
        Map<List<Integer>, Integer> perLine = new HashMap<>();
        for (OcrWord w : words) {
            int n = (int) w.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
            perLine.merge(List.of(w.lineTop(), w.lineBottom()), n, Integer::sum);
        }
        return perLine.values().stream().allMatch(n -> n <= SHORT_LINE);
    }

    /** Whether the second reading is surer than the first: a higher least and a higher mean word confidence. */
    static boolean surer(List<OcrWord> again, List<OcrWord> first) {
        return !again.isEmpty() && least(again) > least(first) && mean(again) > mean(first);
    }

    private static double least(List<OcrWord> words) {
        return words.stream().mapToDouble(OcrWord::confidence).min().orElse(Double.MAX_VALUE);
    }

    private static double mean(List<OcrWord> words) {
        return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }
}
