package org.gkml.extract.ocr;

/**
 * The skew of a scanned page: the angle at which its rows of ink (ruling lines and lines of text) line up
 * best. Projection profiles (as Leptonica's and OCRopus's deskew): the ink is summed along lines of each
 * candidate slope, and the slope whose sums are most uneven (sharp peaks at the rows, nothing between) wins.
 */
public final class Skew {

    /** Scans are put on the glass by hand: a page more than this askew is a photograph, not a scan. */
    static final double MAX_DEGREES = 4.0;
    /** Coarse search step, then a fine one around the best coarse angle. */
    private static final double COARSE_STEP = 0.2, FINE_STEP = 0.02;
    /** Pixels sampled per cell of the coarse grid: one dark pixel in such a block stands for it. */
    private static final int COARSE_BLOCK = 4, FINE_BLOCK = 2;

    private Skew() {
    }

    /** The page's slope in degrees, positive when rows run down to the right (y grows downwards). */
    public static double degrees(GrayImage image, int threshold) {
        double coarse = best(image, threshold, COARSE_BLOCK, -MAX_DEGREES, MAX_DEGREES, COARSE_STEP);
        return best(image, threshold, FINE_BLOCK, coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
    }

    private static double best(GrayImage image, int threshold, int block, double from, double to, double step) {
        int w = image.width() / block, h = image.height() / block;
        // dark blocks as (x, y) in block units
        int[] xs = new int[w * h], ys = new int[w * h];
        int n = 0;
        for (int by = 0; by < h; by++) {
            for (int bx = 0; bx < w; bx++) {
                if (darkBlock(image, bx * block, by * block, block, threshold)) {
                    xs[n] = bx;
                    ys[n] = by;
                    n++;
                }
            }
        }
        if (n == 0) return 0;
        double bestAngle = 0, bestScore = -1;
        int margin = (int) Math.ceil(w * Math.tan(Math.toRadians(MAX_DEGREES + COARSE_STEP))) + 1;
        long[] rows = new long[h + 2 * margin];
        for (double a = from; a <= to + 1e-9; a += step) {
            java.util.Arrays.fill(rows, 0);
            double t = Math.tan(Math.toRadians(a));
            for (int i = 0; i < n; i++) rows[(int) Math.round(ys[i] - xs[i] * t) + margin]++;
            double score = 0;
            for (long r : rows) score += (double) r * r;
            if (score > bestScore + 1e-6 * bestScore || bestScore < 0) {
                bestScore = score;
                bestAngle = a;
            }
        }
        return bestAngle;
    }

    private static boolean darkBlock(GrayImage image, int x0, int y0, int block, int threshold) {
        for (int y = y0; y < y0 + block; y++) {
            for (int x = x0; x < x0 + block; x++) {
                if (image.dark(x, y, threshold)) return true;
            }
        }
        return false;
    }
}
