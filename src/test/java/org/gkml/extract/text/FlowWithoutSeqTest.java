package org.gkml.extract.text;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A PDF-flow table with no 序号 column: nothing anchors the rows, yet every item is found. */
class FlowWithoutSeqTest {

    @Test
    void rowsWithoutNumbersAreStillFound(@TempDir Path dir) throws Exception {
        Path seed = Path.of("corpus/000_81a0a872453b3846.txt");
        // 000 with its 序号 column taken out: the header label and each row's number.
        String text = Files.readString(seed).replaceFirst("序号\n", "");
        text = Pattern.compile("(?m)^\\d (?=\\S)").matcher(text).replaceAll("");
        text = Pattern.compile("(?m)^\\d\\n").matcher(text).replaceAll("");
        Path noSeq = dir.resolve("000-no-seq.txt");
        Files.writeString(noSeq, text);

        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        CatalogDocument original = reader.read(seed);
        CatalogDocument read = reader.read(noSeq);
        assertEquals(original.entries().size(), read.entries().size());
        assertEquals(original.entries().stream().map(Entry::item).collect(Collectors.toList()),
                read.entries().stream().map(Entry::item).collect(Collectors.toList()));
        assertEquals(original.entries().stream().map(Entry::timeLimit).collect(Collectors.toList()),
                read.entries().stream().map(Entry::timeLimit).collect(Collectors.toList()));
    }
}
