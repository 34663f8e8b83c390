package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.extract.Extractors;
import org.gkml.extract.UnreadableFileException;
import org.gkml.extract.text.TextCatalogReader;
import org.gkml.mapping.CatalogMapper;
import org.gkml.normalize.CatalogNormalizer;
import org.gkml.table.ExtractedDocument;
import org.gkml.vocabulary.Mappings;

import java.nio.file.Path;

/**
 * The pipeline's one entry point: a file in, a catalog in the unified schema out.
 * extract (format → table model) → mapping (columns → schema) → normalize (field parsers, document facts).
 * Every stage is built here from one {@link Mappings}, so a bad mapping file fails now, before any file is read;
 * a reader holds no per-file state and may be shared by threads.
 */
public final class CatalogReader {

    /**
     * The version of the reading code. Raise it with any change that reads an unchanged file differently (a fix
     * in a reader, a new field parser): an index built by an older reading is then read again in full by the
     * next ingest, instead of keeping old readings of every file that did not change.
     */
    public static final int READING_VERSION = 14;

    /** What an index records of how its documents were read: the code's version and the mapping files'. */
    public static String readingOf(Mappings mappings) {
        return READING_VERSION + "/" + mappings.digest();
    }

    private final Extractors extractors;
    private final CatalogMapper mapper;
    private final CatalogNormalizer normalizer;

    public CatalogReader(Mappings mappings) {
        this.extractors = new Extractors(mappings);
        this.mapper = new CatalogMapper(mappings);
        this.normalizer = new CatalogNormalizer(mappings);
    }

    /**
     * Parses every mapping file a stage parses, as building a reader would, without loading the format libraries
     * (PDFBox starts work of its own): for a process that hands the reading to child processes but must still
     * fail on a bad file before any catalog is read.
     */
    public static void check(Mappings mappings) {
        new TextCatalogReader(mappings);
        new CatalogMapper(mappings);
        new CatalogNormalizer(mappings);
    }

    public CatalogDocument read(Path file) throws UnreadableFileException {
        ExtractedDocument extracted = extractors.extract(file);
        return normalizer.normalize(mapper.map(file, extracted));
    }

    /** Reads content already in memory; {@code file} names it in messages and provenance. */
    public CatalogDocument read(Path file, byte[] content) throws UnreadableFileException {
        ExtractedDocument extracted = extractors.extract(file, content);
        return normalizer.normalize(mapper.map(file, extracted));
    }
}
