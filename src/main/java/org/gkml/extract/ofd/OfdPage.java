package org.gkml.extract.ofd;

import org.gkml.extract.ReadCancellation;
import org.gkml.extract.pdf.Glyph;
import org.gkml.extract.pdf.GlyphText;
import org.gkml.extract.pdf.Ruling;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicType.ST_RefID;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.OptVal;
import org.ofdrw.core.pageDescription.CT_GraphicUnit;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.pageDescription.drawParam.CT_DrawParam;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.ResourceManage;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One OFD page as glyph boxes and ruling lines in the table assembly's space (points, origin top-left, y down:
 * OFD's own orientation, in millimetres). A text object's characters are placed by its TextCodes (X, Y and the
 * DeltaX / DeltaY steps between characters) inside its Boundary, through its CTM; a path object's straight,
 * axis-parallel segments are rulings when stroked, and its thin closed shapes when filled, as in a PDF.
 * White strokes and fills draw nothing; what lies off the page is dropped. Clipping paths are not applied: an
 * OFD producer draws what it shows.
 */
final class OfdPage {

    /** Points per millimetre: the assembly's thresholds are in points. */
    static final double PT_PER_MM = 72 / 25.4;
    /** A glyph's box around its baseline, in units of its font size: as {@code PageReader} takes a PDF glyph's. */
    private static final double GLYPH_TOP = 0.85, GLYPH_BOTTOM = 0.15;
    /** Width of a character with no step after it, in font sizes: ideographs and full-width forms fill the em, the rest half. */
    private static final double WIDE = 1.0, NARROW = 0.5;
    /** Glyphs kept per page, as a PDF page's: beyond this memory would grow unbounded. */
    static final int MAX_GLYPHS = 200_000;

    private final ResourceManage resources;
    private final GlyphText glyphText;
    private final double pageWidth, pageHeight;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private int unreadableGlyphs, readableGlyphs, images, filledPaths;

    private OfdPage(ResourceManage resources, GlyphText glyphText, ST_Box box) {
        this.resources = resources;
        this.glyphText = glyphText;
        this.pageWidth = box.getWidth() * PT_PER_MM;
        this.pageHeight = box.getHeight() * PT_PER_MM;
    }

    /** A page from its layers (templates' and its own, in drawing order). */
    static OfdPage read(List<CT_Layer> layers, ResourceManage resources, ST_Box box, GlyphText glyphText) {
        OfdPage page = new OfdPage(resources, glyphText, box);
        for (CT_Layer layer : layers) page.block(layer, layer.getDrawParam());
        return page;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    int unreadableGlyphs() {
        return unreadableGlyphs;
    }

    int readableGlyphs() {
        return readableGlyphs;
    }

    int images() {
        return images;
    }

    int filledPaths() {
        return filledPaths;
    }

    private void block(CT_PageBlock block, ST_RefID layerDrawParam) {
        for (PageBlockType b : block.getPageBlocks()) {
            ReadCancellation.check();
            if (b instanceof TextObject t) {
                if (visible(t)) text(t);
            } else if (b instanceof PathObject p) {
                if (visible(p)) path(p, layerDrawParam);
            } else if (b instanceof ImageObject) {
                images++;
            } else if (b instanceof CT_PageBlock nested) {
                block(nested, layerDrawParam);
            }
        }
    }

    private static boolean visible(CT_GraphicUnit<?> unit) {
        Boolean v = unit.getVisible();
        return v == null || v;
    }

    /** Object space → assembly space: the CTM, then the Boundary's origin, then millimetres to points. */
    private static AffineTransform placement(CT_GraphicUnit<?> unit) {
        ST_Box boundary = unit.getBoundary();
        AffineTransform at = AffineTransform.getScaleInstance(PT_PER_MM, PT_PER_MM);
        if (boundary != null) at.translate(boundary.getTopLeftX(), boundary.getTopLeftY());
        ST_Array ctm = unit.getCTM();
        if (ctm != null && ctm.size() == 6) {
            Double[] m = ctm.toDouble();
            at.concatenate(new AffineTransform(m[0], m[1], m[2], m[3], m[4], m[5]));
        }
        return at;
    }

    // ------------------------------------------------------------------ text

    private void text(TextObject t) {
        AffineTransform at = placement(t);
        Double sizeMm = t.getSize();
        double size = sizeMm == null ? 0 : sizeMm;
        String fontName = fontName(t.getFont());
        // the font size on the page: the object's size through the CTM's vertical scale
        double pageSize = Math.max(size * Math.hypot(at.getShearX(), at.getScaleY()), 0.1);
        double x = 0, y = 0;
        for (TextCode code : t.getTextCodes()) {
            String content = code.getContent();
            if (content == null || content.isEmpty()) continue;
            if (code.getX() != null) x = code.getX();
            if (code.getY() != null) y = code.getY();
            int[] cps = content.codePoints().toArray();
            List<Float> dx = code.getDeltaX() == null ? List.of() : DeltaTool.getDelta(code.getDeltaX(), cps.length);
            List<Float> dy = code.getDeltaY() == null ? List.of() : DeltaTool.getDelta(code.getDeltaY(), cps.length);
            for (int i = 0; i < cps.length; i++) {
                String ch = new String(cps, i, 1);
                double em = (cps[i] >= 0x2100 ? WIDE : NARROW) * size;
                double step = i < dx.size() ? dx.get(i) : em;
                // the box is the glyph's own width: a step wider than the glyph (a word gap) is not part of it
                glyph(at, ch, fontName, x, y, Math.min(step, em), size, pageSize);
                x += step;
                if (i < dy.size()) y += dy.get(i);
            }
        }
    }

    private void glyph(AffineTransform at, String ch, String fontName, double x, double y, double width, double size, double pageSize) {
        if (ch.isBlank()) return;
        String text = glyphText.text(fontName, -1, ch);
        if (text == null) {
            unreadableGlyphs++;
            return;
        }
        double[] corners = {x, y - GLYPH_TOP * size, x + width, y - GLYPH_TOP * size, x, y + GLYPH_BOTTOM * size, x + width, y + GLYPH_BOTTOM * size};
        double[] out = new double[8];
        at.transform(corners, 0, out, 0, 4);
        double minX = Math.min(Math.min(out[0], out[2]), Math.min(out[4], out[6])), maxX = Math.max(Math.max(out[0], out[2]), Math.max(out[4], out[6]));
        double minY = Math.min(Math.min(out[1], out[3]), Math.min(out[5], out[7])), maxY = Math.max(Math.max(out[1], out[3]), Math.max(out[5], out[7]));
        double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
        if (cx < 0 || cy < 0 || cx > pageWidth || cy > pageHeight) return; // off the page
        readableGlyphs++;
        if (glyphs.size() < MAX_GLYPHS) glyphs.add(new Glyph(minX, minY, maxX, maxY, pageSize, text));
    }

    private String fontName(ST_RefID font) {
        if (font == null || resources == null) return null;
        CT_Font f = resources.getFont(font.toString());
        return f == null ? null : f.getFontName();
    }

    // ------------------------------------------------------------------ paths

    private void path(PathObject p, ST_RefID layerDrawParam) {
        List<List<Point2D>> subpaths = subpaths(AbbreviatedData.parse(p.getAbbreviatedData()), placement(p));
        CT_DrawParam param = drawParam(p.getDrawParam() != null ? p.getDrawParam() : layerDrawParam);
        if (p.getStroke() && !isWhite(p.getStrokeColor() != null ? p.getStrokeColor() : param == null ? null : param.getStrokeColor())) {
            for (List<Point2D> s : subpaths) {
                for (int i = 1; i < s.size(); i++) ruling(Ruling.ofSegment(s.get(i - 1).getX(), s.get(i - 1).getY(), s.get(i).getX(), s.get(i).getY()));
            }
        }
        CT_Color fill = p.getFillColor() != null ? p.getFillColor() : param == null ? null : param.getFillColor();
        if (p.getFill() && !isWhite(fill)) {
            filledPaths++;
            for (List<Point2D> s : subpaths) thinFill(s);
        }
    }

    /**
     * The path's straight pieces per subpath, in assembly space; a closed subpath ends at its start point. A
     * curve or arc breaks the piece (it is never a ruling) but keeps the pen where it ends.
     */
    private static List<List<Point2D>> subpaths(List<OptVal> ops, AffineTransform at) {
        List<List<Point2D>> out = new ArrayList<>();
        List<Point2D> current = null;
        Point2D start = null;
        for (OptVal op : ops) {
            double[] v = op.getValues();
            switch (op.getOpt()) {
                case "S", "M" -> {
                    if (v.length < 2) continue;
                    start = at.transform(new Point2D.Double(v[0], v[1]), null);
                    current = new ArrayList<>(List.of(start));
                    out.add(current);
                }
                case "L" -> {
                    if (v.length < 2 || current == null) continue;
                    current.add(at.transform(new Point2D.Double(v[0], v[1]), null));
                }
                case "Q", "B", "A" -> {
                    if (v.length < 2 || current == null) continue;
                    Point2D end = at.transform(new Point2D.Double(v[v.length - 2], v[v.length - 1]), null);
                    current = new ArrayList<>(List.of(end));
                    out.add(current);
                }
                case "C" -> {
                    if (current != null && start != null) current.add(start);
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** A filled subpath of axis-parallel sides that is thin one way and long the other is a line. */
    private void thinFill(List<Point2D> s) {
        if (s.size() < 3) return;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < s.size(); i++) {
            Point2D a = s.get(i);
            if (i > 0 && Ruling.ofSegment(s.get(i - 1).getX(), s.get(i - 1).getY(), a.getX(), a.getY()) == null) return;
            minX = Math.min(minX, a.getX());
            maxX = Math.max(maxX, a.getX());
            minY = Math.min(minY, a.getY());
            maxY = Math.max(maxY, a.getY());
        }
        ruling(Ruling.ofThinFill(minX, minY, maxX, maxY));
    }

    /** A ruling kept for its part on the page. */
    private void ruling(Ruling r) {
        if (r == null) return;
        double limit = r.horizontal() ? pageWidth : pageHeight, across = r.horizontal() ? pageHeight : pageWidth;
        if (r.position() < 0 || r.position() > across) return;
        double from = Math.max(0, r.from()), to = Math.min(limit, r.to());
        if (from > to) return;
        rulings.add(new Ruling(r.horizontal(), r.position(), from, to));
    }

    private CT_DrawParam drawParam(ST_RefID id) {
        if (id == null || resources == null) return null;
        return resources.getDrawParamFinal(id.toString());
    }

    /** White (every component at its maximum) draws nothing on a page; no colour given is black for a stroke. */
    private static boolean isWhite(CT_Color color) {
        if (color == null) return false;
        ST_Array value = color.getValue();
        if (value == null || value.size() == 0) return false;
        for (Double d : value.toDouble()) if (d == null || d < 255) return false;
        return value.size() == 1 || value.size() == 3;
    }
}
