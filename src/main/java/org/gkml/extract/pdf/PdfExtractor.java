package org.gkml.extract.pdf;

import org.gkml.extract.FileFormat;
import org.gkml.vocabulary.Mappings;
import org.gkml.extract.ReadCancellation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gkml.extract.TableExtractor;
import org.gkml.extract.UnreadableFileException;
import org.gkml.extract.ocr.OcrException;
import org.gkml.extract.ocr.OcrVocabulary;
import org.gkml.extract.ocr.Tesseract;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Provenance;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.InflaterInputStream;

/**
 * Reads a PDF catalog with PDFBox: each page's glyphs and ruling lines ({@link PageReader}) go to the
 * table assembly shared with other fixed-layout formats ({@link PageLayout}). Pages whose text cannot be
 * read (no text layer, unmapped glyphs) are read from their picture by OCR ({@link PageOcr}); without the OCR
 * program they make the file unreadable with "needs OCR" and what to install: indexing junk would be worse than
 * indexing nothing.
 */
public final class PdfExtractor implements TableExtractor {

    /** More pages than this is not a catalog (or a hostile file): refused before reading any page. */
    static final int MAX_PAGES = 500;
    /** Main memory PDFBox may use for streams before it spills to temporary files. */
    private static final long MAX_MEMORY = 64L << 20;
    /** Main memory plus temporary files PDFBox may use for decoded streams in all (bounds decompression bombs). */
    private static final long MAX_SCRATCH = 256L << 20;
    /** Decoded page content beyond this is a decompression bomb or a drawing, not a catalog page. */
    static final long MAX_PAGE_CONTENT = 64L << 20;
    /** A page with at least this share of unreadable glyphs needs OCR. */
    private static final double GARBAGE_SHARE = 0.25;
    private static final int MIN_GLYPHS_FOR_VERDICT = 10;

    private final SymbolGlyphs symbols;
    private final CjkRadicals radicals;
    private final OcrVocabulary vocabulary;
    private final Supplier<Tesseract.Availability> tesseract;
    private final org.gkml.vocabulary.HeaderLexicon headers;

    public PdfExtractor(Mappings mappings) {
        this(mappings, Tesseract::locate);
    }

    /** With the OCR program to use for pages without text (tests name a missing one). */
    PdfExtractor(Mappings mappings, Supplier<Tesseract.Availability> tesseract) {
        this.symbols = SymbolGlyphs.of(mappings);
        this.radicals = CjkRadicals.of(mappings);
        this.vocabulary = OcrWords.vocabulary(mappings);
        this.tesseract = tesseract;
        this.headers = mappings.headers();
    }

    @Override
    public String format() {
        return FileFormat.PDF.id();
    }

    @Override
    public ExtractedDocument extract(Path file, byte[] content) throws UnreadableFileException {
        if (content.length == 0) throw new UnreadableFileException(file, format(), "the file is empty");
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                MemoryUsageSetting.setupMixed(MAX_MEMORY, MAX_SCRATCH).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new UnreadableFileException(file, format(), "the PDF has " + pages + " pages, more than the "
                        + MAX_PAGES + " a catalog can have; not read");
            }
            if (pages == 0) throw new UnreadableFileException(file, format(), "the PDF has no pages");
            ExtractedDocument read = read(file, doc);
            if (endsWithEofMarker(content)) return read;
            List<Warning> warnings = new ArrayList<>(read.warnings());
            warnings.add(new Warning(WarningCode.PDF_TRUNCATED, "the file has no end-of-file marker (cut short?); what could be read is kept",
                    new Provenance(file.getFileName().toString(), 0, 0, null)));
            return new ExtractedDocument(read.source(), read.format(), read.preamble(), read.tables(), read.trailer(), warnings);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException(file, format(), "the PDF is password-protected (it needs a password to open); "
                    + "open it with the password and save or print an unprotected copy", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(file, format(), "not a readable PDF (damaged or truncated): " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // a stream that decodes to more than the heap (a decompression bomb in a font or form)
            throw new UnreadableFileException(file, format(), "the PDF needs more memory than is available to read; not read");
        }
    }

    private ExtractedDocument read(Path file, PDDocument doc) throws UnreadableFileException {
        String name = file.getFileName().toString();
        List<Warning> warnings = new ArrayList<>();
        List<PageContent> pages = new ArrayList<>();
        List<Integer> garbage = new ArrayList<>(), scanned = new ArrayList<>(), watermarked = new ArrayList<>();
        String watermark = "";
        PageOcr ocr = null;
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            ReadCancellation.check();
            PageReader page;
            try {
                long size = contentSize(doc.getPage(p - 1));
                if (size > MAX_PAGE_CONTENT) {
                    throw new UnreadableFileException(file, format(), "page " + p + " holds more than "
                            + (MAX_PAGE_CONTENT >> 20) + " MB of drawing instructions; not a catalog, not read");
                }
                page = PageReader.read(doc.getPage(p - 1), symbols, radicals);
            } catch (IOException | RuntimeException e) {
                warnings.add(new Warning(WarningCode.PDF_PAGE_UNREADABLE, "page " + p + " could not be read: " + e.getMessage(),
                        new Provenance(name, p, 0, null)));
                continue;
            }
            int readable = (int) page.glyphs.stream().filter(g -> g.text() != null && !g.isSpace()).count();
            int total = readable + page.unreadableGlyphs;
            boolean unreadable = total >= MIN_GLYPHS_FOR_VERDICT && page.unreadableGlyphs >= GARBAGE_SHARE * total;
            if (unreadable || readable == 0 && page.images > 0) {
                if (ocr == null) ocr = new PageOcr(doc, vocabulary, tesseract.get(), name);
                if (ocr.unavailable() == null) {
                    try {
                        page = ocr.read(p, warnings);
                    } catch (OcrException | IOException | RuntimeException e) {
                        warnings.add(new Warning(WarningCode.PDF_PAGE_UNREADABLE, "page " + p + " has no text layer and OCR failed: " + e.getMessage(),
                                new Provenance(name, p, 0, null)));
                        continue;
                    }
                } else if (unreadable) garbage.add(p);
                else scanned.add(p);
            }
            if (page.watermarkGlyphs > 0) {
                watermarked.add(p);
                if (watermark.isEmpty()) watermark = page.watermark.toString();
            }
            if (page.droppedGlyphs > 0) {
                warnings.add(new Warning(WarningCode.PDF_PAGE_TOO_MUCH_TEXT, "page " + p + " shows more than " + PageReader.MAX_GLYPHS
                        + " characters; the rest are not read", new Provenance(name, p, 0, null)));
            }
            pages.add(new PageContent(p, page.glyphs, page.rulings));
        }
        if (!watermarked.isEmpty()) {
            warnings.add(new Warning(WarningCode.PDF_WATERMARK, pageList(watermarked) + ": text drawn slanted or see-through over the page,"
                    + " as a watermark is, not read: " + watermark, new Provenance(name, watermarked.get(0), 0, null)));
        }
        if (ocr != null && ocr.pages() > 0) {
            // characters misread in noise, corrected from what the whole document read surely elsewhere
            Map<Integer, PageReader> corrected = ocr.correctAcrossPages(warnings);
            for (int i = 0; i < pages.size(); i++) {
                PageReader c = corrected.get(pages.get(i).page());
                if (c != null) pages.set(i, new PageContent(pages.get(i).page(), c.glyphs, c.rulings));
            }
        }
        String noOcr = ocr == null || ocr.unavailable() == null ? "" : "; " + ocr.unavailable();
        if (!garbage.isEmpty()) {
            throw new UnreadableFileException(file, format(), "needs OCR: the text of " + pageList(garbage)
                    + " is unreadable (glyphs without a Unicode mapping)" + noOcr);
        }
        boolean anyText = pages.stream().anyMatch(pc -> pc.glyphs().stream().anyMatch(g -> g.text() != null && !g.isSpace()));
        if (!anyText) {
            throw new UnreadableFileException(file, format(), scanned.isEmpty()
                    ? (ocr != null && ocr.pages() > 0 ? "OCR found no text on the " + (ocr.pages() == 1 ? "page" : ocr.pages() + " pages") : "the PDF has no text")
                    : "needs OCR: " + pageList(scanned) + " have no text layer (scanned images)" + noOcr);
        }
        if (ocr != null && ocr.pages() == pages.size() && ocr.pagesWithTables() == 0) {
            throw new UnreadableFileException(file, format(), "OCR read the text, but " + (pages.size() == 1 ? "the page shows" : "no page shows")
                    + " a ruled table (no crossing table lines found): not a catalog gkml can read");
        }
        for (int p : scanned) {
            warnings.add(new Warning(WarningCode.PDF_NEEDS_OCR, "page " + p + " has no text layer (a scanned image?); its content is not read" + noOcr,
                    new Provenance(name, p, 0, null)));
        }
        return PageLayout.document(name, format(), pages, warnings, LayoutCodes.PDF, headers);
    }

    /** Whether the file ends with the %%EOF marker (a file cut short usually does not). */
    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        String tail = new String(content, from, content.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /**
     * The decoded size of a page's content streams, counted up to just past the limit. Flate streams (where
     * bombs live) are inflated here as a stream, so a bomb is caught before PDFBox decodes it whole.
     */
    private static long contentSize(PDPage page) throws IOException {
        long total = 0;
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext() && total <= MAX_PAGE_CONTENT) {
            COSStream stream = streams.next().getCOSObject();
            COSBase filter = stream.getFilters();
            boolean flateOnly = COSName.FLATE_DECODE.equals(filter)
                    || filter instanceof COSArray a && a.size() == 1 && COSName.FLATE_DECODE.equals(a.getObject(0));
            if (filter != null && !flateOnly) continue; // other filters are rare in page content; PDFBox decodes them
            try (InputStream raw = stream.createRawInputStream();
                 InputStream in = flateOnly ? new InflaterInputStream(raw) : raw) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0 && total <= MAX_PAGE_CONTENT; ) total += n;
            } catch (java.util.zip.ZipException e) {
                // a damaged stream: PDFBox reads what it can of it
            }
        }
        return total;
    }

    static String pageList(List<Integer> pages) {
        StringBuilder s = new StringBuilder(pages.size() == 1 ? "page " : "pages ");
        for (int i = 0; i < pages.size(); i++) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) j++;
            if (s.charAt(s.length() - 1) != ' ') s.append(", ");
            s.append(pages.get(i));
            if (j > i) s.append('–').append(pages.get(j));
            i = j;
        }
        return s.toString();
    }
}
