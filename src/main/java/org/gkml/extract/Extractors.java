package org.gkml.extract;

import org.gkml.extract.text.TextCatalogReader;
import org.gkml.table.ExtractedDocument;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Routes a file to the extractor for its format. (Text only for now; binary formats are issue 3.) */
public final class Extractors {

    private Extractors() {
    }

    public static ExtractedDocument extract(Path file) throws UnreadableFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException(file, null, "cannot read the file: " + e.getMessage(), e);
        }
        if (bytes.length == 0) throw new UnreadableFileException(file, null, "the file is empty");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(file, "text", "not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return TextCatalogReader.read(file, text);
    }
}
