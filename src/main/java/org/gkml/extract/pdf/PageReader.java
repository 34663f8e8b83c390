package org.gkml.extract.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.gkml.extract.ReadCancellation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page's drawing: every straight stroked line and rectangle edge (and thin filled rectangles,
 * which some producers use as lines) becomes a {@link Ruling}; every shown glyph a {@link Glyph}. Both are
 * in display coordinates (the crop box, rotated as the page is shown, origin top-left), so that the
 * table rebuilder never sees PDF's bottom-up, possibly rotated space.
 */
final class PageReader extends PDFGraphicsStreamEngine {

    /** Glyphs kept per page: a catalog page holds a few thousand; beyond this memory would grow unbounded. */
    static final int MAX_GLYPHS = 200_000;
    /**
     * A glyph's box in text space (units of the font size): from a little below the baseline, where CJK faces
     * and descenders reach, to about the ascent; the same for every font, so that mixed fonts share their lines.
     */
    private static final double GLYPH_BOTTOM = -0.15, GLYPH_TOP = 0.85;
    /** Where a glyph is tested against the clip: the middle of that box, so a glyph half cut off counts by its centre. */
    private static final float GLYPH_MIDDLE = 0.35f;
    /** The least font size taken (points): gaps are measured in font sizes, and a zero-scaled glyph would make every gap wide. */
    private static final double MIN_FONT_SIZE = 0.1;
    /** A line is kept this far (points) past the clip's bounds: a table's border often lies right on the clipping path's edge. */
    private static final double CLIP_SLACK = 1;

    private final GlyphText glyphText;
    private final PDRectangle crop;
    private final int rotation;
    final List<Ruling> rulings = new ArrayList<>();
    final List<Glyph> glyphs = new ArrayList<>();
    /** Characters drawn again over themselves (fake bold) are read once. */
    private final OverprintedGlyphs overprinted = new OverprintedGlyphs();
    /** Glyphs the font gives no text for (unmapped codes), and replacement characters. */
    int unreadableGlyphs;
    int images;
    /** Glyphs beyond {@link #MAX_GLYPHS}, not kept. */
    int droppedGlyphs;
    /** Characters of a watermark drawn over the page (slanted or see-through), not read; the first of them. */
    int watermarkGlyphs;
    final StringBuilder watermark = new StringBuilder();
    private static final int WATERMARK_SHOWN = 40;

    private final List<double[]> segments = new ArrayList<>();   // x0, y0, x1, y1 in PDF user space
    private final List<double[]> rectangles = new ArrayList<>(); // minX, minY, maxX, maxY
    private Point2D.Double current;
    private Point2D.Double subpathStart;

    PageReader(PDPage page, SymbolGlyphs symbols, CjkRadicals radicals) {
        super(page);
        this.glyphText = new GlyphText(symbols, radicals);
        this.crop = page.getCropBox();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    /** A page whose lines and glyphs were found otherwise (read from its picture by OCR), not by drawing it. */
    static PageReader of(PDPage page, List<Ruling> rulings, List<Glyph> glyphs) {
        PageReader r = new PageReader(page, null, null);
        r.rulings.addAll(rulings);
        r.glyphs.addAll(glyphs);
        return r;
    }

    static PageReader read(PDPage page, SymbolGlyphs symbols, CjkRadicals radicals) throws IOException {
        PageReader r = new PageReader(page, symbols, radicals);
        r.processPage(page);
        return r;
    }

    double displayWidth() {
        return rotation % 180 == 0 ? crop.getWidth() : crop.getHeight();
    }

    double displayHeight() {
        return rotation % 180 == 0 ? crop.getHeight() : crop.getWidth();
    }

    /** Whether a point (PDF user space) is inside the crop box and the current clipping path's bounds. */
    private boolean visible(double x, double y) {
        if (!crop.contains((float) x, (float) y)) return false;
        Rectangle2D clip = clipBounds();
        return clip == null || clip.contains(x, y);
    }

    /**
     * PDFBox works the clip out (an Area of the clipping paths, costly) once per graphics state, on first use, and a
     * saved state copies what its parent has worked out so far. Worked out here, before the copy, the states saved
     * from this one (a q … Q around every text object and cell) share it instead of each building the same Area.
     */
    @Override
    public void saveGraphicsState() {
        clipBounds();
        super.saveGraphicsState();
    }

    private Rectangle2D clipBounds() {
        try {
            Area clip = getGraphicsState().getCurrentClippingPath();
            return clip == null ? null : clip.getBounds2D();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** PDF user space → display space. */
    private double[] display(double x, double y) {
        double llx = crop.getLowerLeftX(), lly = crop.getLowerLeftY(), urx = crop.getUpperRightX(), ury = crop.getUpperRightY();
        return switch (rotation) {
            case 90 -> new double[]{y - lly, x - llx};
            case 180 -> new double[]{urx - x, y - lly};
            case 270 -> new double[]{ury - y, urx - x};
            default -> new double[]{x - llx, ury - y};
        };
    }

    /** Every drawing instruction is a checkpoint: a page of millions of them is where a PDF read spends its time. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        ReadCancellation.check();
        super.processOperator(operator, operands);
    }

    // ------------------------------------------------------------------ text

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        if (glyphs.size() >= MAX_GLYPHS) {
            droppedGlyphs++;
            return;
        }
        String text = glyphText.text(font.getName(), font instanceof PDType0Font ? -1 : code, font.toUnicode(code));
        if (text == null) unreadableGlyphs++;
        // the glyph's box in text space: advance wide, from a little below the baseline to the ascent
        double w = displacement.getX();
        Point2D.Float centre = trm.transformPoint((float) (w / 2), GLYPH_MIDDLE);
        if (!visible(centre.x, centre.y)) return; // clipped away: some producers draw a whole table on every page

        double[][] corners = {{0, GLYPH_BOTTOM}, {w, GLYPH_BOTTOM}, {0, GLYPH_TOP}, {w, GLYPH_TOP}};
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] c : corners) {
            Point2D.Float p = trm.transformPoint((float) c[0], (float) c[1]);
            double[] d = display(p.x, p.y);
            minX = Math.min(minX, d[0]);
            maxX = Math.max(maxX, d[0]);
            minY = Math.min(minY, d[1]);
            maxY = Math.max(maxY, d[1]);
        }
        double size = Math.max(Math.abs(trm.getScalingFactorY()), MIN_FONT_SIZE);
        Point2D.Float start = trm.transformPoint(0, GLYPH_MIDDLE), end = trm.transformPoint((float) w, GLYPH_MIDDLE);
        double[] from = display(start.x, start.y), to = display(end.x, end.y);
        if (Watermark.is(to[0] - from[0], to[1] - from[1], getGraphicsState().getNonStrokeAlphaConstant())) {
            if (text != null && watermark.length() < WATERMARK_SHOWN) watermark.append(text);
            watermarkGlyphs++;
            return;
        }
        WritingDirection direction = WritingDirection.of(to[0] - from[0], to[1] - from[1]);
        Glyph glyph = new Glyph(minX, minY, maxX, maxY, size, text, Double.NaN, direction);
        if (!overprinted.repeats(glyph)) glyphs.add(glyph);
    }

    // ------------------------------------------------------------------ paths

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Point2D[] ps = {p0, p1, p2, p3};
        for (int i = 0; i < 4; i++) {
            Point2D a = ps[i], b = ps[(i + 1) % 4];
            segments.add(new double[]{a.getX(), a.getY(), b.getX(), b.getY()});
        }
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new double[]{minX, minY, maxX, maxY});
        current = new Point2D.Double(p0.getX(), p0.getY());
        subpathStart = current;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) segments.add(new double[]{current.x, current.y, x, y});
        current = new Point2D.Double(x, y);
        if (subpathStart == null) subpathStart = current;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3); // curves are never table rulings
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : new Point2D.Float((float) current.x, (float) current.y);
    }

    @Override
    public void closePath() {
        if (current != null && subpathStart != null) {
            segments.add(new double[]{current.x, current.y, subpathStart.x, subpathStart.y});
            current = subpathStart;
        }
    }

    @Override
    public void endPath() {
        segments.clear();
        rectangles.clear();
        current = null;
        subpathStart = null;
    }

    @Override
    public void strokePath() throws IOException {
        if (!isWhite(getGraphicsState().getStrokingColor())) {
            for (double[] s : segments) addRuling(s[0], s[1], s[2], s[3]);
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        if (!isWhite(getGraphicsState().getNonStrokingColor())) {
            for (double[] r : thinRectangles()) addThinFill(r);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        if (!isWhite(getGraphicsState().getStrokingColor())) {
            for (double[] s : segments) addRuling(s[0], s[1], s[2], s[3]);
        }
        if (!isWhite(getGraphicsState().getNonStrokingColor())) {
            for (double[] r : thinRectangles()) addThinFill(r);
        }
        endPath();
    }

    /** Rectangles appended with re, plus closed paths whose segments are all axis-parallel. */
    private List<double[]> thinRectangles() {
        List<double[]> out = new ArrayList<>(rectangles);
        if (rectangles.isEmpty() && !segments.isEmpty()) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (double[] s : segments) {
                if (Math.abs(s[0] - s[2]) > Ruling.SLANT && Math.abs(s[1] - s[3]) > Ruling.SLANT) return out;
                minX = Math.min(minX, Math.min(s[0], s[2]));
                maxX = Math.max(maxX, Math.max(s[0], s[2]));
                minY = Math.min(minY, Math.min(s[1], s[3]));
                maxY = Math.max(maxY, Math.max(s[1], s[3]));
            }
            out.add(new double[]{minX, minY, maxX, maxY});
        }
        return out;
    }

    private void addThinFill(double[] r) {
        double w = r[2] - r[0], h = r[3] - r[1];
        if (!Ruling.thinFill(w, h)) return;
        if (h <= w) addRuling(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
        else addRuling((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
    }

    private void addRuling(double x0, double y0, double x1, double y1) {
        Rectangle2D clip = clipBounds();
        if (clip != null) {
            // keep the visible part of the line
            double minX = Math.max(Math.min(x0, x1), clip.getMinX() - CLIP_SLACK), maxX = Math.min(Math.max(x0, x1), clip.getMaxX() + CLIP_SLACK);
            double minY = Math.max(Math.min(y0, y1), clip.getMinY() - CLIP_SLACK), maxY = Math.min(Math.max(y0, y1), clip.getMaxY() + CLIP_SLACK);
            if (minX > maxX || minY > maxY) return;
            boolean rising = (x1 - x0) * (y1 - y0) >= 0;
            x0 = minX;
            x1 = maxX;
            y0 = rising ? minY : maxY;
            y1 = rising ? maxY : minY;
        }
        double[] a = display(x0, y0), b = display(x1, y1);
        Ruling r = Ruling.ofSegment(a[0], a[1], b[0], b[1]);
        if (r != null) rulings.add(r);
    }

    private static boolean isWhite(PDColor color) {
        try {
            return color != null && (color.toRGB() & 0xFFFFFF) == 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return false; // patterns and odd colour spaces: take the line
        }
    }

    @Override
    public void clip(int windingRule) {
        // the path is still consumed by the endPath that follows
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
