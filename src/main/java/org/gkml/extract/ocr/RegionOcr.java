package org.gkml.extract.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads many regions of a page (the cells of its tables, the bands of text around them) with one Tesseract
 * run: the regions are cut out and stacked one under another on a white sheet, far enough apart that no text
 * line can join two of them, and the words read are moved back to where their region was on the page.
 * Reading the whole page at once lets lines run across cell borders (the ruling between two cells read as
 * a character, two cells' lines joined into one); one run per cell pays Tesseract's start-up for every cell.
 */
public final class RegionOcr {

    /** White between two regions on the sheet (pixels at 300 dpi): more than a line's spacing. */
    private static final int GAP = 40;
    /** White around the sheet: Tesseract reads text touching the edge poorly. */
    private static final int MARGIN = 20;
    /**
     * The tallest sheet given to Tesseract (pixels): its image library refuses a side over 32767 ("Image too large"),
     * and the stacked cells of a dense page at 300 dpi reach that.
     */
    static final int MAX_SHEET = 30_000;

    /** A rectangle of the page, in pixels, end exclusive. */
    public record Region(int x0, int y0, int x1, int y1) {
        public Region {
            if (x1 <= x0 || y1 <= y0) throw new IllegalArgumentException("empty region " + x0 + "," + y0 + " to " + x1 + "," + y1);
        }
    }

    private RegionOcr() {
    }

    /** The words of each region (one list per region, in the regions' order), in page pixels. */
    public static List<List<OcrWord>> read(Tesseract tesseract, GrayImage page, List<Region> regions, double dpi, Tesseract.Layout layout)
            throws OcrException {
        return read(tesseract, page, regions, dpi, layout, 1);
    }

    /** As {@link #read(Tesseract, GrayImage, List, double, Tesseract.Layout)}, the sheet scaled by {@code scale} for Tesseract. */
    public static List<List<OcrWord>> read(Tesseract tesseract, GrayImage page, List<Region> regions, double dpi, Tesseract.Layout layout,
                                           double scale) throws OcrException {
        List<List<OcrWord>> out = new ArrayList<>();
        for (List<Region> sheet : sheets(regions, dpi, scale)) out.addAll(readSheet(tesseract, page, sheet, dpi, layout, scale));
        return out;
    }

    /**
     * The regions in runs, in order, each stacked no taller than {@link #MAX_SHEET} as Tesseract sees it: the cells
     * of a dense page reach Tesseract's limit. A region taller than that alone is a sheet of its own.
     */
    static List<List<Region>> sheets(List<Region> regions, double dpi, double scale) {
        int gap = (int) Math.round(GAP * dpi / 300), margin = (int) Math.round(MARGIN * dpi / 300);
        double limit = MAX_SHEET / scale;
        List<List<Region>> out = new ArrayList<>();
        List<Region> sheet = new ArrayList<>();
        int height = 2 * margin - gap;
        for (Region r : regions) {
            int h = r.y1() - r.y0() + gap;
            if (!sheet.isEmpty() && height + h > limit) {
                out.add(sheet);
                sheet = new ArrayList<>();
                height = 2 * margin - gap;
            }
            sheet.add(r);
            height += h;
        }
        if (!sheet.isEmpty()) out.add(sheet);
        return out;
    }

    /** The regions on one sheet, read in one Tesseract run. */
    private static List<List<OcrWord>> readSheet(Tesseract tesseract, GrayImage page, List<Region> regions, double dpi, Tesseract.Layout layout,
                                                 double scale) throws OcrException {
        List<List<OcrWord>> out = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) out.add(new ArrayList<>());
        if (regions.isEmpty()) return out;
        int gap = (int) Math.round(GAP * dpi / 300), margin = (int) Math.round(MARGIN * dpi / 300);
        int width = 0, height = margin;
        int[] top = new int[regions.size()];
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            width = Math.max(width, r.x1() - r.x0());
            top[i] = height;
            height += r.y1() - r.y0() + gap;
        }
        GrayImage sheet = GrayImage.blank(width + 2 * margin, height - gap + margin);
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            sheet.paste(page.crop(r.x0(), r.y0(), r.x1(), r.y1()), margin, top[i]);
        }
        List<OcrWord> words = scale == 1 ? words(tesseract.tsv(sheet, dpi, layout))
                : unscaled(words(tesseract.tsv(sheet.scaled(scale), dpi * scale, layout)), scale);
        for (OcrWord w : words) {
            int middle = (w.top() + w.bottom()) / 2;
            int i = regionAt(top, regions, middle, gap);
            if (i < 0) continue;
            Region r = regions.get(i);
            int dx = r.x0() - margin, dy = r.y0() - top[i];
            out.get(i).add(new OcrWord(w.left() + dx, w.top() + dy, w.right() + dx, w.bottom() + dy,
                    w.lineTop() + dy, w.lineBottom() + dy, w.text(), w.confidence()));
        }
        return out;
    }

    private static List<OcrWord> unscaled(List<OcrWord> words, double scale) {
        List<OcrWord> out = new ArrayList<>();
        for (OcrWord w : words) {
            out.add(new OcrWord((int) Math.round(w.left() / scale), (int) Math.round(w.top() / scale), (int) Math.round(w.right() / scale),
                    (int) Math.round(w.bottom() / scale), (int) Math.round(w.lineTop() / scale), (int) Math.round(w.lineBottom() / scale),
                    w.text(), w.confidence()));
        }
        return out;
    }

    private static int regionAt(int[] top, List<Region> regions, int y, int gap) {
        for (int i = 0; i < top.length; i++) {
            int h = regions.get(i).y1() - regions.get(i).y0();
            if (y >= top[i] - gap / 2 && y < top[i] + h + gap / 2) return i;
        }
        return -1;
    }

    /**
     * The words of Tesseract's TSV (level 5 rows), each with its line's box (level 4). Columns: level page_num
     * block_num par_num line_num word_num left top width height conf text.
     */
    static List<OcrWord> words(String tsv) {
        Map<String, int[]> lines = new HashMap<>();
        List<String[]> wordRows = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].matches("\\d+")) continue;
            int level = Integer.parseInt(f[0]);
            String key = f[2] + "/" + f[3] + "/" + f[4];
            if (level == 4) {
                int top = Integer.parseInt(f[7]);
                lines.put(key, new int[]{top, top + Integer.parseInt(f[9])});
            } else if (level == 5 && !f[11].isBlank()) {
                wordRows.add(f);
            }
        }
        List<OcrWord> out = new ArrayList<>();
        for (String[] f : wordRows) {
            int left = Integer.parseInt(f[6]), top = Integer.parseInt(f[7]);
            int right = left + Integer.parseInt(f[8]), bottom = top + Integer.parseInt(f[9]);
            int[] line = lines.getOrDefault(f[2] + "/" + f[3] + "/" + f[4], new int[]{top, bottom});
            double conf = Math.max(0, Double.parseDouble(f[10]));
            out.add(new OcrWord(left, top, right, bottom, line[0], line[1], f[11].strip(), conf));
        }
        return out;
    }
}
