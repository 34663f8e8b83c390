import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.basicType.ST_RefID;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.graphics2d.OFDGraphicsDocument;
import org.ofdrw.graphics2d.OFDPageGraphics2D;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PDF → OFD with ofdrw, as its PDFConverter does it (PDFBox draws each page onto ofdrw's OFD Graphics2D: lines
 * and fills become OFD PathObjects with their clips), except for text: ofdrw's Graphics2D can only fill glyph
 * outlines, which leaves an OFD without text, so each shown glyph is written as an OFD TextObject instead (runs
 * on one baseline in one TextCode, glyph advances in DeltaX), the way OFD producers write text.
 *
 *   java -cp "$(cat cp.txt)" PdfToOfd.java IN.pdf OUT.ofd [IN.pdf OUT.ofd ...]
 */
public class PdfToOfd {

    /** PDF user units per millimetre: OFD measures in mm. */
    static final double UU_PER_MM = 72 / 25.4;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            convert(Path.of(args[i]), Path.of(args[i + 1]));
            System.out.println(args[i + 1]);
        }
    }

    static void convert(Path in, Path out) throws Exception {
        Files.deleteIfExists(out);
        try (PDDocument pdf = PDDocument.load(in.toFile());
             OFDGraphicsDocument ofd = new OFDGraphicsDocument(out)) {
            TextKeepingRenderer renderer = new TextKeepingRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDPage page = pdf.getPage(i);
                PDRectangle box = page.getCropBox();
                double w = box.getWidth(), h = box.getHeight();
                if (page.getRotation() % 180 != 0) {
                    double t = w;
                    w = h;
                    h = t;
                }
                OFDPageGraphics2D g = ofd.newPage(w / UU_PER_MM, h / UU_PER_MM);
                renderer.glyphs.clear();
                renderer.renderPageToGraphics(i, g, (float) (1 / UU_PER_MM));
                writeText(ofd, g, renderer.glyphs);
            }
        }
    }

    /** One glyph as drawn: baseline origin and advance in OFD page space (mm, y down). */
    record Shown(String text, String font, double x, double y, double advance, double size) {
    }

    static final class TextKeepingRenderer extends PDFRenderer {
        final List<Shown> glyphs = new ArrayList<>();

        TextKeepingRenderer(PDDocument doc) {
            super(doc);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void showFontGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
                    String text = font.toUnicode(code);
                    if (text == null || text.isBlank()) return;
                    AffineTransform at = new AffineTransform(getGraphics().getTransform());
                    at.concatenate(trm.createAffineTransform());
                    Point2D o = at.transform(new Point2D.Double(0, 0), null);
                    Point2D adv = at.transform(new Point2D.Double(displacement.getX(), 0), null);
                    Point2D up = at.transform(new Point2D.Double(0, 1), null);
                    glyphs.add(new Shown(text, font.getName() == null ? "SimSun" : font.getName(), o.getX(), o.getY(),
                            adv.getX() - o.getX(), o.distance(up)));
                }
            };
        }
    }

    /** Glyphs on one baseline, in one font and size, left to right: one TextObject with one TextCode. */
    static void writeText(OFDGraphicsDocument ofd, OFDPageGraphics2D g, List<Shown> glyphs) throws ReflectiveOperationException {
        Field f = OFDPageGraphics2D.class.getDeclaredField("container");
        f.setAccessible(true);
        CT_PageBlock container = (CT_PageBlock) f.get(g);
        Map<String, ST_ID> fonts = new HashMap<>();
        List<Shown> run = new ArrayList<>();
        for (Shown s : glyphs) {
            if (!run.isEmpty()) {
                Shown last = run.get(run.size() - 1);
                boolean same = Math.abs(last.y() - s.y()) < 0.01 && Math.abs(last.size() - s.size()) < 0.01
                        && last.font().equals(s.font()) && s.x() >= last.x() && s.x() - (last.x() + last.advance()) < last.size();
                if (!same) {
                    flush(ofd, container, fonts, run);
                    run.clear();
                }
            }
            run.add(s);
        }
        flush(ofd, container, fonts, run);
    }

    static void flush(OFDGraphicsDocument ofd, CT_PageBlock container, Map<String, ST_ID> fonts, List<Shown> run) {
        if (run.isEmpty()) return;
        Shown first = run.get(0), last = run.get(run.size() - 1);
        String family = first.font().contains("+") ? first.font().substring(first.font().indexOf('+') + 1) : first.font();
        ST_ID font = fonts.computeIfAbsent(first.font(), n -> ofd.resMgr.addRawWithCache(new CT_Font(family).setFamilyName(family)));
        double size = first.size();
        // the object's box: from the run's start, a size above the baseline to a fifth below it
        double left = first.x(), top = first.y() - size, width = last.x() + last.advance() - left, height = size * 1.2;
        TextObject t = new TextObject(ofd.newID());
        t.setBoundary(new ST_Box(round(left), round(top), round(Math.max(width, 0.01)), round(height)));
        t.setFont(new ST_RefID(font));
        t.setSize(round(size));
        StringBuilder text = new StringBuilder();
        List<Double> deltas = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            text.append(run.get(i).text());
            if (i > 0) {
                // a glyph's text of two chars (a ligature) takes no delta of its own for its second char
                for (int k = 1; k < run.get(i - 1).text().codePointCount(0, run.get(i - 1).text().length()); k++) deltas.add(0.0);
                deltas.add(round(run.get(i).x() - run.get(i - 1).x()));
            }
        }
        TextCode code = new TextCode().setContent(text.toString()).setCoordinate(round(first.x() - left), round(first.y() - top));
        if (!deltas.isEmpty()) code.setDeltaX(deltas.toArray(new Double[0]));
        t.addTextCode(code);
        container.addPageBlock(t);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
