package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.extract.UnreadableFileException;

import java.nio.file.Path;

/** The pipeline's one entry point: a file in, a catalog in the unified schema out. */
public final class CatalogReader {

    public CatalogDocument read(Path file) throws UnreadableFileException {
        throw new UnreadableFileException(file, null, "the reading pipeline is being assembled");
    }
}
