package org.gkml.extract;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.html.HtmlExtractor;
import org.gkml.extract.office.DocExtractor;
import org.gkml.extract.office.DocxExtractor;
import org.gkml.extract.office.WorkbookExtractor;
import org.gkml.table.ExtractedDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Routes a file to the extractor for its format: size check, read, detect the format from the content
 * ({@link FormatDetector}), extract. Every extractor is registered in the constructor.
 */
public final class Extractors {

    private final Map<FileFormat, TableExtractor> byFormat;

    /** The one place extractors are registered, one per format; each takes what it needs of the mappings now. */
    public Extractors(Mappings mappings) {
        this.byFormat = byFormat(List.of(
                new TextFileExtractor(mappings),
                new HtmlExtractor(),
                new DocxExtractor(mappings),
                new DocExtractor(mappings),
                new WorkbookExtractor(FileFormat.XLS),
                new WorkbookExtractor(FileFormat.XLSX),
                new org.gkml.extract.pdf.PdfExtractor(mappings),
                new org.gkml.extract.ofd.OfdExtractor(mappings),
                new org.gkml.extract.pdf.ImageExtractor(mappings)));
    }

    public ExtractedDocument extract(Path file) throws UnreadableFileException {
        return extract(file, readBounded(file));
    }

    /** Extracts content already in memory; {@code file} names it in messages and provenance. */
    public ExtractedDocument extract(Path file, byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) throw new UnreadableFileException(file, null, "the file is empty (0 bytes); get a complete copy");
        FormatDetector.Detection detected = FormatDetector.detectDecoding(file, bytes);
        FileFormat format = detected.format();
        TableExtractor extractor = byFormat.get(format);
        if (extractor == null) {
            throw new UnreadableFileException(file, format.id(), format.name() + " support not built in; convert the file to DOCX or text");
        }
        if (detected.text() != null && extractor instanceof TextFileExtractor text) return text.extract(file, detected.text());
        if (detected.ole2() != null) {
            // the container detection opened, read by the extractor instead of parsed a second time
            if (extractor instanceof WorkbookExtractor workbook) return workbook.extract(file, detected.ole2());
            if (extractor instanceof DocExtractor doc) return doc.extract(file, detected.ole2());
        }
        return extractor.extract(file, bytes);
    }

    /** True when an extractor for the format is registered. */
    public boolean supports(FileFormat format) {
        return byFormat.containsKey(format);
    }

    /** The format a file would be read as (for reports and tests). */
    public static FileFormat detect(Path file) throws UnreadableFileException {
        byte[] bytes = readBounded(file);
        if (bytes.length == 0) throw new UnreadableFileException(file, null, "the file is empty (0 bytes); get a complete copy");
        return FormatDetector.detect(file, bytes);
    }

    private static byte[] readBounded(Path file) throws UnreadableFileException {
        try {
            long size = Files.size(file);
            if (size > ExtractionLimits.MAX_FILE_BYTES) {
                throw new UnreadableFileException(file, null, "the file is " + ExtractionLimits.megabytes(size) + ", over the "
                        + ExtractionLimits.megabytes(ExtractionLimits.MAX_FILE_BYTES) + " limit for a catalog; split it or remove embedded images");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, null, "no such file", e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, null, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static Map<FileFormat, TableExtractor> byFormat(List<TableExtractor> extractors) {
        Map<FileFormat, TableExtractor> map = new EnumMap<>(FileFormat.class);
        for (TableExtractor e : extractors) {
            if (map.put(FileFormat.ofId(e.format()), e) != null) throw new IllegalStateException("two extractors for " + e.format());
        }
        return map;
    }
}
