package org.gkml.extract.ofd;

import org.gkml.extract.FileFormat;
import org.gkml.extract.ReadCancellation;
import org.gkml.extract.TableExtractor;
import org.gkml.extract.UnreadableFileException;
import org.gkml.extract.pdf.GlyphText;
import org.gkml.extract.pdf.LayoutCodes;
import org.gkml.extract.pdf.PageContent;
import org.gkml.extract.pdf.PageLayout;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Provenance;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;
import org.gkml.vocabulary.Mappings;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.gkml.extract.ExtractionLimits;
import org.gkml.extract.OfficeFailures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads an OFD catalog with ofdrw: the default document's pages, each turned into glyph boxes and ruling lines
 * ({@link OfdPage}) and handed to the table assembly PDF uses, so an OFD table is rebuilt exactly as the same
 * table in a PDF would be. An OFD whose pages show no text (a scan wrapped as OFD, or text drawn as outlines)
 * is refused with a one-line reason.
 */
public final class OfdExtractor implements TableExtractor {

    /** More pages than this is not a catalog (or a hostile file): refused before reading any page. */
    static final int MAX_PAGES = 500;

    private final GlyphText glyphText;
    private final org.gkml.vocabulary.HeaderLexicon headers;

    public OfdExtractor(Mappings mappings) {
        this.glyphText = new GlyphText(mappings);
        this.headers = mappings.headers();
    }

    @Override
    public String format() {
        return FileFormat.OFD.id();
    }

    @Override
    public ExtractedDocument extract(Path file, byte[] content) throws UnreadableFileException {
        Path dir = null;
        try {
            // unpacked by us, not by ofdrw: the folder is ours to remove whatever happens, entries cannot
            // escape it, and the sizes are held to the limits of every other zip gkml opens
            dir = Files.createTempDirectory("gkml-ofd-");
            unpack(file, content, dir);
            return read(file, dir);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(file, format(), "not a readable OFD (damaged or truncated): " + e.getMessage(), e);
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    private ExtractedDocument read(Path file, Path dir) throws UnreadableFileException {
        String name = file.getFileName().toString();
        // a reader over a folder it did not unpack leaves the folder alone on close
        try (OFDReader reader = new OFDReader(dir.toString(), false)) {
            int pages = reader.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new UnreadableFileException(file, format(), "the OFD has " + pages + " pages, more than the "
                        + MAX_PAGES + " a catalog can have; not read");
            }
            if (pages == 0) throw new UnreadableFileException(file, format(), "the OFD has no pages");
            List<Warning> warnings = new ArrayList<>();
            List<PageContent> read = new ArrayList<>();
            int images = 0, outlines = 0, unreadable = 0, readable = 0;
            for (int p = 1; p <= pages; p++) {
                ReadCancellation.check();
                OfdPage page;
                try {
                    PageInfo info = reader.getPageInfo(p);
                    ST_Box box = info.getSize();
                    page = OfdPage.read(info.getAllLayer(), reader.getResMgt(), box, glyphText);
                } catch (RuntimeException e) {
                    warnings.add(new Warning(WarningCode.OFD_PAGE_UNREADABLE, "page " + p + " could not be read: " + e.getMessage(),
                            new Provenance(name, p, 0, null)));
                    continue;
                }
                images += page.images();
                outlines += page.filledPaths();
                unreadable += page.unreadableGlyphs();
                readable += page.readableGlyphs();
                read.add(new PageContent(p, page.glyphs(), page.rulings()));
            }
            if (readable == 0) {
                throw new UnreadableFileException(file, format(), unreadable > 0
                        ? "needs OCR: the OFD's text has no readable characters"
                        : images > 0 ? "needs OCR: the OFD has no text objects, only images (a scan)"
                        : outlines > 0 ? "needs OCR: the OFD has no text objects; its text is drawn as outlines"
                        : "the OFD has no text");
            }
            return PageLayout.document(name, format(), read, warnings, LayoutCodes.OFD, headers);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(file, format(), "not a readable OFD (damaged or truncated): " + e.getMessage(), e);
        }
    }

    private void unpack(Path file, byte[] content, Path dir) throws IOException, UnreadableFileException {
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                ReadCancellation.check();
                if (e.isDirectory()) continue;
                Path target = dir.resolve(e.getName().replace('\\', '/')).normalize();
                if (!target.startsWith(dir)) {
                    throw new UnreadableFileException(file, format(), "the OFD holds an entry outside its own folder (" + e.getName() + "); not read");
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > ExtractionLimits.MAX_ZIP_TOTAL_BYTES) throw OfficeFailures.zipBomb(file, format());
                        out.write(buffer, 0, n);
                    }
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail the read
        }
    }
}
