package org.gkml.extract;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.text.TextCatalogReader;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Provenance;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Text catalogs: decode the bytes ({@link TextDecoder}), then hand the text to the text-table reader. */
public final class TextFileExtractor implements TableExtractor {

    private final TextCatalogReader reader;

    public TextFileExtractor(Mappings mappings) {
        this.reader = new TextCatalogReader(mappings);
    }

    @Override
    public String format() {
        return FileFormat.TEXT.id();
    }

    @Override
    public ExtractedDocument extract(Path file, byte[] content) throws UnreadableFileException {
        return extract(file, TextDecoder.decode(file, content));
    }

    /** Reads text the format detector has already decoded, so a file is decoded once. */
    public ExtractedDocument extract(Path file, TextDecoder.DecodedText decoded) throws UnreadableFileException {
        ExtractedDocument doc = reader.read(file, decoded.text());
        if (!decoded.guessed() && decoded.replaced() == 0 && decoded.nulsRemoved() == 0) return doc;
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        Provenance where = new Provenance(doc.source(), 0, 0, null);
        if (decoded.guessed()) {
            warnings.add(new Warning(WarningCode.ENCODING_GUESSED, "the bytes are valid in more than one encoding; read as "
                    + decoded.charset().name() + " by character frequency", where));
        }
        if (decoded.replaced() > 0) {
            warnings.add(new Warning(WarningCode.UNDECODABLE_BYTES, decoded.replaced() + " byte sequence(s) are not valid "
                    + decoded.charset().name() + " and were replaced by \uFFFD", where));
        }
        if (decoded.nulsRemoved() > 0) {
            warnings.add(new Warning(WarningCode.NUL_BYTES_REMOVED, decoded.nulsRemoved() + " NUL byte(s) in the text were dropped", where));
        }
        return new ExtractedDocument(doc.source(), doc.format(), doc.preamble(), doc.tables(), doc.trailer(), warnings);
    }
}
