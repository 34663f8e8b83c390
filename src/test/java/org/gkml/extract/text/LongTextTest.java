package org.gkml.extract.text;

import org.gkml.extract.UnreadableFileException;
import org.gkml.table.ExtractedDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts far longer than any catalog are answered quickly, not after minutes of header search (the limit is a hang guard sized for a loaded CI machine; speed is measured in scripts/bench-flow-text.sh). */
class LongTextTest {

    @Test
    void aMillionOneCharacterLinesAreNoCatalogWithinSeconds() {
        String text = "字\n".repeat(1_000_000);
        UnreadableFileException e = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> assertThrows(UnreadableFileException.class, () -> new TextCatalogReader(org.gkml.vocabulary.Mappings.builtIn()).read(Path.of("lines.txt"), text)));
        assertTrue(e.reason().contains("in the first " + FlowTextReader.HEADER_SEARCH_LINES + " lines"), e.reason());
    }

    @Test
    void aHeaderAfterAPreambleOfSomePagesIsStillFound() throws Exception {
        Path seed = Path.of("corpus/000_81a0a872453b3846.txt");
        String catalog = Files.readString(seed);
        ExtractedDocument plain = new TextCatalogReader(org.gkml.vocabulary.Mappings.builtIn()).read(seed, catalog);
        String notice = "关于公布政府信息公开目录的通知。\n\n".repeat(1_000);
        ExtractedDocument late = new TextCatalogReader(org.gkml.vocabulary.Mappings.builtIn()).read(seed, notice + catalog);
        assertEquals(plain.tables().get(0).grid().length, late.tables().get(0).grid().length);
    }
}
