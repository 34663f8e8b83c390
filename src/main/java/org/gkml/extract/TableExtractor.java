package org.gkml.extract;

import org.gkml.table.ExtractedDocument;

import java.nio.file.Path;

/**
 * One contract, many formats (after Tika's {@code Parser}): turn one file's bytes into the table model.
 * Implementations are stateless and thread-safe.
 */
public interface TableExtractor {

    /** A short format name used in messages and in {@link ExtractedDocument#format()}, e.g. "docx". */
    String format();

    /**
     * @param file    the file, for messages and provenance
     * @param content the file's bytes (already size-checked by the caller)
     * @throws UnreadableFileException when the bytes cannot be read as this format, or hold no table
     */
    ExtractedDocument extract(Path file, byte[] content) throws UnreadableFileException;
}
