package org.gkml.extract.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.charset.StandardCharsets;

/**
 * An 8-bit grey picture, 0 black to 255 white, row by row. Small and mutable on purpose: line finding reads
 * every pixel several times, and erasing the found lines before OCR writes into it.
 */
public final class GrayImage {

    private static final int WHITE = 255;

    private final int width;
    private final int height;
    private final byte[] pixels;

    public GrayImage(int width, int height, byte[] pixels) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels for a " + width + "x" + height + " image");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** A blank (white) image. */
    public static GrayImage blank(int width, int height) {
        byte[] p = new byte[width * height];
        java.util.Arrays.fill(p, (byte) WHITE);
        return new GrayImage(width, height, p);
    }

    /** Any picture in grey (colour by luminance, transparency on white). */
    public static GrayImage of(BufferedImage image) {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int w = grey.getWidth(), h = grey.getHeight();
        if (data.length == w * h) return new GrayImage(w, h, data.clone());
        byte[] p = new byte[w * h];
        grey.getRaster().getDataElements(0, 0, w, h, p);
        return new GrayImage(w, h, p);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** Whether the pixel is darker than the threshold. */
    boolean dark(int x, int y, int threshold) {
        return (pixels[y * width + x] & 0xFF) < threshold;
    }

    /** Paints a rectangle white (clipped to the image). */
    public void erase(int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(width, x1);
        y1 = Math.min(height, y1);
        for (int y = y0; y < y1; y++) java.util.Arrays.fill(pixels, y * width + x0, y * width + Math.max(x0, x1), (byte) WHITE);
    }

    /** A copy of a rectangle (clipped to the image). */
    public GrayImage crop(int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(width, Math.max(x0 + 1, x1));
        y1 = Math.min(height, Math.max(y0 + 1, y1));
        int w = x1 - x0, h = y1 - y0;
        byte[] p = new byte[w * h];
        for (int y = 0; y < h; y++) System.arraycopy(pixels, (y0 + y) * width + x0, p, y * w, w);
        return new GrayImage(w, h, p);
    }

    /** Copies {@code piece} into this image with its top-left corner at (x, y). */
    public void paste(GrayImage piece, int x, int y) {
        for (int r = 0; r < piece.height && y + r < height; r++) {
            int n = Math.min(piece.width, width - x);
            if (n > 0) System.arraycopy(piece.pixels, r * piece.width, pixels, (y + r) * width + x, n);
        }
    }

    /** The picture turned clockwise by {@code quarters} quarter turns. */
    public GrayImage turned(int quarters) {
        int q = ((quarters % 4) + 4) % 4;
        if (q == 0) return this;
        int w = q % 2 == 0 ? width : height, h = q % 2 == 0 ? height : width;
        byte[] p = new byte[w * h];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int nx, ny;
                switch (q) {
                    case 1 -> { nx = height - 1 - y; ny = x; }
                    case 2 -> { nx = width - 1 - x; ny = height - 1 - y; }
                    default -> { nx = y; ny = width - 1 - x; }
                }
                p[ny * w + nx] = pixels[y * width + x];
            }
        }
        return new GrayImage(w, h, p);
    }

    /**
     * The picture rotated about its centre so that a line sloping down by {@code degrees} (clockwise, as y grows
     * downwards) becomes level; same size, corners filled white, bilinear.
     */
    public GrayImage levelled(double degrees) {
        double a = Math.toRadians(degrees), cos = Math.cos(a), sin = Math.sin(a);
        double cx = width / 2.0, cy = height / 2.0;
        byte[] p = new byte[width * height];
        for (int y = 0; y < height; y++) {
            double dy = y - cy;
            for (int x = 0; x < width; x++) {
                double dx = x - cx;
                double sx = cx + dx * cos - dy * sin, sy = cy + dx * sin + dy * cos;
                int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
                int v;
                if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) v = WHITE;
                else {
                    double fx = sx - x0, fy = sy - y0;
                    double top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
                    double bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
                    v = (int) Math.round(top * (1 - fy) + bottom * fy);
                }
                p[y * width + x] = (byte) v;
            }
        }
        return new GrayImage(width, height, p);
    }

    /** The picture scaled by {@code factor} (below 1: each new pixel the mean of the old ones it covers). */
    public GrayImage scaled(double factor) {
        int w = Math.max(1, (int) Math.round(width * factor)), h = Math.max(1, (int) Math.round(height * factor));
        byte[] p = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int sy0 = (int) (y / factor), sy1 = Math.max(sy0 + 1, Math.min(height, (int) ((y + 1) / factor)));
            for (int x = 0; x < w; x++) {
                int sx0 = (int) (x / factor), sx1 = Math.max(sx0 + 1, Math.min(width, (int) ((x + 1) / factor)));
                long sum = 0;
                int n = 0;
                for (int sy = sy0; sy < Math.min(sy1, height); sy++) {
                    for (int sx = sx0; sx < Math.min(sx1, width); sx++) {
                        sum += pixels[sy * width + sx] & 0xFF;
                        n++;
                    }
                }
                p[y * w + x] = (byte) (n == 0 ? WHITE : sum / n);
            }
        }
        return new GrayImage(w, h, p);
    }

    /**
     * The rows of a rectangle that hold ink, as bands {from, to} (end exclusive) at least {@code minHeight} tall:
     * the text lines of a cell, found without OCR.
     */
    public java.util.List<int[]> inkBands(int x0, int y0, int x1, int y1, int threshold, int minHeight) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int start = -1;
        for (int y = Math.max(0, y0); y <= Math.min(height, y1); y++) {
            boolean ink = false;
            if (y < Math.min(height, y1)) {
                for (int x = Math.max(0, x0); x < Math.min(width, x1) && !ink; x++) ink = dark(x, y, threshold);
            }
            if (ink && start < 0) start = y;
            if (!ink && start >= 0) {
                if (y - start >= minHeight) out.add(new int[]{start, y});
                start = -1;
            }
        }
        return out;
    }

    /** The paper's grey: the most common level (a page is mostly paper). */
    public int paperLevel() {
        long[] hist = new long[256];
        for (byte b : pixels) hist[b & 0xFF]++;
        int mode = 255;
        for (int i = 0; i < 256; i++) if (hist[i] > hist[mode]) mode = i;
        return mode;
    }

    /** Otsu's threshold: the grey level that best splits the histogram into ink and paper. */
    public int otsuThreshold() {
        long[] hist = new long[256];
        for (byte b : pixels) hist[b & 0xFF]++;
        long total = pixels.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) sum += (double) i * hist[i];
        double sumBelow = 0, best = -1;
        long below = 0;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            below += hist[t];
            if (below == 0) continue;
            long above = total - below;
            if (above == 0) break;
            sumBelow += (double) t * hist[t];
            double meanBelow = sumBelow / below, meanAbove = (sum - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t + 1;
            }
        }
        return threshold;
    }

    /** Whether any pixel in the rectangle is darker than the threshold (more than {@code minDark} of them). */
    public boolean hasInk(int x0, int y0, int x1, int y1, int threshold, int minDark) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                if (dark(x, y, threshold) && ++n > minDark) return true;
            }
        }
        return false;
    }

    /** The picture as a binary PGM (P5), which Tesseract's image library reads without a codec. */
    public byte[] pgm() {
        byte[] head = ("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + pixels.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(pixels, 0, out, head.length, pixels.length);
        return out;
    }
}
