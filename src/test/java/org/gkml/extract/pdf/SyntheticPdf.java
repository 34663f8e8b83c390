package org.gkml.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import org.apache.pdfbox.util.Matrix;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small PDFs for tests: lines and Latin text on A4 pages, positions given top-down (y from the
 * top of the page) like the extractor's display space.
 */
final class SyntheticPdf {

    static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont ZAPF = new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS);
    static final PDFont SYMBOL = new PDType1Font(Standard14Fonts.FontName.SYMBOL);

    private final PDDocument doc = new PDDocument();
    private final List<List<Op>> pages = new ArrayList<>();
    private final List<Boolean> rotated = new ArrayList<>();

    private interface Op {
        void draw(PDPageContentStream s, float height) throws IOException;
    }

    /** A TrueType font (Liberation Sans, bundled with PDFBox) under another base font name, WinAnsi-encoded. */
    PDFont trueTypeNamed(String baseFont) throws IOException {
        try (var in = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDFont font = PDTrueTypeFont.load(doc, in, WinAnsiEncoding.INSTANCE);
            font.getCOSObject().setName(COSName.BASE_FONT, baseFont);
            return font;
        }
    }

    /**
     * One page of text in a Type 3 font whose glyph names mean nothing and which has no ToUnicode map,
     * as old converters and some scanners write: the glyphs show but cannot be read back as text.
     */
    static byte[] unmappedTextPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSDictionary font = new COSDictionary();
            font.setName(COSName.TYPE, "Font");
            font.setName(COSName.SUBTYPE, "Type3");
            font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 1000, 1000));
            COSArray matrix = new COSArray();
            matrix.setFloatArray(new float[]{0.001f, 0f, 0f, 0.001f, 0f, 0f});
            font.setItem(COSName.FONT_MATRIX, matrix);
            COSDictionary procs = new COSDictionary();
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(65));
            COSArray widths = new COSArray();
            for (int i = 0; i < 10; i++) {
                String name = "x" + Integer.toHexString(0x3a7 + i * 11);
                PDStream glyph = new PDStream(doc, new ByteArrayInputStream("500 0 0 0 400 700 d1 0 0 400 700 re f".getBytes(StandardCharsets.US_ASCII)));
                procs.setItem(COSName.getPDFName(name), glyph);
                differences.add(COSName.getPDFName(name));
                widths.add(COSInteger.get(500));
            }
            font.setItem(COSName.CHAR_PROCS, procs);
            COSDictionary encoding = new COSDictionary();
            encoding.setName(COSName.TYPE, "Encoding");
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.setItem(COSName.ENCODING, encoding);
            font.setInt(COSName.FIRST_CHAR, 65);
            font.setInt(COSName.LAST_CHAR, 74);
            font.setItem(COSName.WIDTHS, widths);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            String content = "BT /F1 12 Tf 50 700 Td (ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ) Tj ET";
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A page-sized grey image and nothing else, like a scan. */
    SyntheticPdf image() {
        current().add((s, h) -> {
            BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            s.drawImage(LosslessFactory.createFromImage(doc, img), 20, 20, 550, 800);
        });
        return this;
    }

    PDDocument document() {
        return doc;
    }

    SyntheticPdf page() {
        pages.add(new ArrayList<>());
        rotated.add(false);
        return this;
    }

    /**
     * A portrait A4 page shown landscape through /Rotate 90, its content drawn turned so that it reads
     * upright: positions are given as on the landscape page seen (842 wide, 595 high).
     */
    SyntheticPdf rotatedPage() {
        page();
        rotated.set(rotated.size() - 1, true);
        return this;
    }

    private List<Op> current() {
        if (pages.isEmpty()) page();
        return pages.get(pages.size() - 1);
    }

    SyntheticPdf line(double x0, double y0, double x1, double y1) {
        current().add((s, h) -> {
            s.moveTo((float) x0, h - (float) y0);
            s.lineTo((float) x1, h - (float) y1);
            s.stroke();
        });
        return this;
    }

    /** A rectangle drawn as one stroked path (re ... S). */
    SyntheticPdf box(double x0, double y0, double x1, double y1) {
        current().add((s, h) -> {
            s.addRect((float) x0, h - (float) y1, (float) (x1 - x0), (float) (y1 - y0));
            s.stroke();
        });
        return this;
    }

    /** A thin filled rectangle, as some producers draw table lines. */
    SyntheticPdf filledLine(double x0, double y0, double x1, double y1) {
        current().add((s, h) -> {
            double w = Math.max(x1 - x0, 0.5), t = Math.max(y1 - y0, 0.5);
            s.addRect((float) x0, h - (float) (y0 + t), (float) w, (float) t);
            s.fill();
        });
        return this;
    }

    /** A grid of full lines: every x from top to bottom and every y from left to right. */
    SyntheticPdf grid(double[] xs, double[] ys) {
        for (double x : xs) line(x, ys[0], x, ys[ys.length - 1]);
        for (double y : ys) line(xs[0], y, xs[xs.length - 1], y);
        return this;
    }

    /** Text with its baseline at y (from the top). */
    SyntheticPdf text(double x, double y, String text) {
        return text(x, y, text, HELVETICA);
    }

    SyntheticPdf text(double x, double y, String text, PDFont font) {
        current().add((s, h) -> {
            s.beginText();
            s.setFont(font, 10);
            s.newLineAtOffset((float) x, h - (float) y);
            s.showText(text);
            s.endText();
        });
        return this;
    }

    byte[] bytes() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            boolean turn = rotated.get(i);
            if (turn) page.setRotation(90);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float height = PDRectangle.A4.getHeight();
                if (turn) {
                    height = PDRectangle.A4.getWidth();
                    s.transform(new Matrix(0, 1, -1, 0, height, 0));
                }
                for (Op op : pages.get(i)) op.draw(s, height);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }
}
