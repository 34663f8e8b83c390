package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.extract.Extractors;
import org.gkml.extract.UnreadableFileException;
import org.gkml.mapping.CatalogMapper;
import org.gkml.normalize.CatalogNormalizer;
import org.gkml.table.ExtractedDocument;

import java.nio.file.Path;

/**
 * The pipeline's one entry point: a file in, a catalog in the unified schema out.
 * extract (format → table model) → mapping (columns → schema) → normalize (field parsers, document facts).
 */
public final class CatalogReader {

    public CatalogDocument read(Path file) throws UnreadableFileException {
        ExtractedDocument extracted = Extractors.extract(file);
        return CatalogNormalizer.normalize(CatalogMapper.map(file, extracted));
    }

    /** Reads content already in memory; {@code file} names it in messages and provenance. */
    public CatalogDocument read(Path file, byte[] content) throws UnreadableFileException {
        ExtractedDocument extracted = Extractors.extract(file, content);
        return CatalogNormalizer.normalize(CatalogMapper.map(file, extracted));
    }
}
