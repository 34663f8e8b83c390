package org.gkml.extract.text;

import org.gkml.extract.UnreadableFileException;
import org.gkml.table.ExtractedDocument;

import java.nio.file.Path;

/**
 * Reads a catalog from decoded text: a Word table exported to text (cells start with a tab) or the text
 * flow of a PDF table (cells wrapped to their column width, output one after another).
 */
public final class TextCatalogReader {

    private TextCatalogReader() {
    }

    public static ExtractedDocument read(Path file, String text) throws UnreadableFileException {
        throw new UnreadableFileException(file, "text", "text catalogs are not read yet");
    }
}
