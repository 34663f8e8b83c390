package org.gkml.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.gkml.extract.FileFormat;
import org.gkml.extract.ReadCancellation;
import org.gkml.extract.TableExtractor;
import org.gkml.extract.UnreadableFileException;
import org.gkml.extract.ocr.GrayImage;
import org.gkml.table.ExtractedDocument;
import org.gkml.vocabulary.Mappings;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A catalog posted as a picture (a scan or photograph saved as PNG, JPEG or TIFF; each frame of a TIFF a page):
 * the pictures become the pages of an image-only PDF, at their own resolution, which the PDF reader reads by OCR
 * like any scanned PDF. One way in for both, so an image and its scan in a PDF read the same.
 */
public final class ImageExtractor implements TableExtractor {

    /** Pictures without a resolution of their own are taken as scans at this resolution. */
    private static final double DEFAULT_DPI = ScannedPage.DPI;
    /** A stated resolution outside this range is a screen or camera value, not the scan's. */
    private static final double MIN_DPI = 100, MAX_DPI = 1200;
    /** More frames than this is no catalog (a catalog has at most {@link PdfExtractor#MAX_PAGES} pages). */
    private static final int MAX_FRAMES = PdfExtractor.MAX_PAGES;
    /** Pixels a picture may have: an A3 page at 600 dpi is 70 million. */
    private static final long MAX_PIXELS = 100_000_000L;

    private final PdfExtractor pdf;

    public ImageExtractor(Mappings mappings) {
        this.pdf = new PdfExtractor(mappings);
    }

    @Override
    public String format() {
        return FileFormat.IMAGE.id();
    }

    @Override
    public ExtractedDocument extract(Path file, byte[] content) throws UnreadableFileException {
        byte[] wrapped = asPdf(file, content);
        try {
            ExtractedDocument d = pdf.extract(file, wrapped);
            return new ExtractedDocument(d.source(), format(), d.preamble(), d.tables(), d.trailer(), d.warnings());
        } catch (UnreadableFileException e) {
            throw new UnreadableFileException(file, format(), "a scanned image, read by OCR: " + e.reason().replace("the PDF", "the picture"), e.getCause());
        }
    }

    private byte[] asPdf(Path file, byte[] content) throws UnreadableFileException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnreadableFileException(file, format(), "a picture in a format Java cannot decode; save it as PNG, JPEG or TIFF");
            }
            ImageReader reader = readers.next();
            try (PDDocument doc = new PDDocument()) {
                reader.setInput(in);
                int frames = reader.getNumImages(true);
                if (frames > MAX_FRAMES) throw new UnreadableFileException(file, format(), "the picture has " + frames + " frames; not a catalog");
                for (int i = 0; i < frames; i++) {
                    ReadCancellation.check();
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > MAX_PIXELS) {
                        throw new UnreadableFileException(file, format(), "the picture has " + pixels / 1_000_000 + " million pixels, more than a scanned page; not read");
                    }
                    BufferedImage image = reader.read(i);
                    double dpi = dpi(reader.getImageMetadata(i));
                    addPage(doc, image, dpi);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(file, format(), "the picture cannot be decoded (damaged or truncated): " + e.getMessage(), e);
        }
    }

    private static void addPage(PDDocument doc, BufferedImage image, double dpi) throws IOException {
        GrayImage grey = GrayImage.of(image);
        BufferedImage g = new BufferedImage(grey.width(), grey.height(), BufferedImage.TYPE_BYTE_GRAY);
        g.getRaster().setDataElements(0, 0, grey.width(), grey.height(), greyPixels(grey));
        PDImageXObject x = LosslessFactory.createFromImage(doc, g);
        float w = (float) (image.getWidth() * 72 / dpi), h = (float) (image.getHeight() * 72 / dpi);
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(x, 0, 0, w, h);
        }
    }

    private static byte[] greyPixels(GrayImage grey) {
        byte[] p = new byte[grey.width() * grey.height()];
        for (int y = 0; y < grey.height(); y++) for (int x = 0; x < grey.width(); x++) p[y * grey.width() + x] = (byte) grey.at(x, y);
        return p;
    }

    /** The picture's resolution from its metadata (PNG pHYs, JFIF density, TIFF resolution), else the default. */
    private static double dpi(IIOMetadata metadata) {
        try {
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) return DEFAULT_DPI;
            org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_1.0");
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!"Dimension".equals(n.getNodeName())) continue;
                for (org.w3c.dom.Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                    if (!"HorizontalPixelSize".equals(d.getNodeName())) continue;
                    double mmPerPixel = Double.parseDouble(((org.w3c.dom.Element) d).getAttribute("value"));
                    double dpi = 25.4 / mmPerPixel;
                    if (dpi >= MIN_DPI && dpi <= MAX_DPI) return dpi;
                }
            }
        } catch (RuntimeException e) {
            // odd metadata: the default serves
        }
        return DEFAULT_DPI;
    }
}
