package org.gkml.extract.text;

import org.gkml.catalog.Field;
import org.gkml.extract.ExtractionLimits;
import org.gkml.extract.FileFormat;
import org.gkml.extract.UnreadableFileException;
import org.gkml.vocabulary.Mappings;
import org.gkml.table.ExtractedDocument;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a catalog from decoded text: a Word table exported to text (cells start with a tab), tab- or comma-separated rows (CSV), or the text
 * flow of a PDF table (cells wrapped to their column width, output one after another).
 */
public final class TextCatalogReader {

    private final TextVocabulary vocabulary;

    public TextCatalogReader(Mappings mappings) {
        this.vocabulary = TextVocabulary.of(mappings);
    }

    public ExtractedDocument read(Path file, String text) throws UnreadableFileException {
        return read(file, text, label -> vocabulary.options().fieldOf(label).map(Field::key).orElse(null));
    }

    /** @param groupOf the group of a header label (the field a tick sub-column belongs to), or null */
    public ExtractedDocument read(Path file, String text, Function<String, String> groupOf) throws UnreadableFileException {
        if (text.isBlank()) throw new UnreadableFileException(file, FileFormat.TEXT.id(), "the file holds no text");
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            // segmentation and the row solver are superlinear in a line's length; refuse before them
            if (lines.get(i).length() > ExtractionLimits.MAX_LINE_CHARS) {
                throw new UnreadableFileException(file, FileFormat.TEXT.id(), "line " + (i + 1) + " has " + lines.get(i).length()
                        + " characters, more than the " + ExtractionLimits.MAX_LINE_CHARS + " a catalog line can have; not read");
            }
        }
        if (TabCellReader.looksLikeTabCells(lines)) return new TabCellReader(vocabulary.headers(), file, groupOf).read(lines);
        for (DelimitedTextReader.Delimiter d : DelimitedTextReader.Delimiter.values()) {
            int header = DelimitedTextReader.headerLine(vocabulary.headers(), lines, d);
            if (header >= 0) return new DelimitedTextReader(file, d).read(lines, header);
        }
        return new FlowTextReader(vocabulary, file).read(lines);
    }
}
