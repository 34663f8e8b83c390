package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rendition of a seed (PDF, DOC, DOCX, XLSX, HTML, re-encoded text) gives the seed's entries: the same
 * number, and fields as the seed's text export gives them (compared as the scorer compares), at least 0.97
 * of them for the office and HTML formats and 0.95 for PDF (issue 3's bar); also the seeds' Word tables
 * exported to PDF by Writer (renditions/word-pdf: double borders, groups across page breaks, narrow
 * columns); the OFD renditions of all those PDFs (renditions/ofd), held to the PDF bar; and .wps / .et files
 * (renditions/wps) holding Word 97 and Excel 97, as WPS Office writes them. A list the text leaves empty
 * because it cannot show a tick's column is not compared.
 */
class CrossFormatTest {

    private static final Path RENDITIONS = Path.of("corpus", "renditions");
    private static final Path WORD_PDF = RENDITIONS.resolve("word-pdf");

    @TestFactory
    Stream<DynamicTest> everyRenditionGivesTheSeedsEntries() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(RENDITIONS)) {
            files.addAll(s.filter(Files::isRegularFile).sorted().toList());
        }
        assertTrue(files.size() >= 20, "renditions present");
        // Word tables exported to PDF by Writer (made by word-pdf/make/make_word_pdf.py); those of the
        // unseen layouts are scored by UnseenLayoutsTest
        try (Stream<Path> s = Files.list(WORD_PDF)) {
            List<Path> word = s.filter(Files::isRegularFile).filter(f -> Files.exists(Path.of("corpus", seedText(f)))).sorted().toList();
            assertTrue(word.size() >= 3, "Word-exported PDFs of the seeds present");
            files.addAll(word);
        }
        // OFD renditions of the seeds' PDFs (ofd/, made by scripts/ofd/make.sh through ofdrw), and WPS Office's
        // .wps / .et (wps/: Word 97 and Excel 97 inside, as WPS writes them); the unseen layouts' are scored by
        // UnseenLayoutsTest
        for (Path dir : List.of(RENDITIONS.resolve("ofd"), RENDITIONS.resolve("wps"))) {
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> more = s.filter(Files::isRegularFile).filter(f -> Files.exists(Path.of("corpus", seedText(f)))).sorted().toList();
                assertTrue(more.size() >= 5, "renditions in " + dir + " present");
                files.addAll(more);
            }
        }
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String seed = seedText(f);
            JsonNode fromSeed = CatalogJson.toJson(reader.read(Path.of("corpus", seed)));
            JsonNode fromRendition = CatalogJson.toJson(reader.read(f));
            // The seed's own reading serves as the reference: keys the seed's catalog lacks are not compared.
            GoldComparison.Result r = GoldComparison.compare(withoutSource(fromSeed), fromRendition);
            assertEquals(r.goldEntries(), r.predictedEntries(), f + ": entry count");
            // an OFD is a PDF page redrawn: held to the PDF's bar
            double floor = f.toString().endsWith(".pdf") || f.toString().endsWith(".ofd") ? 0.95 : 0.97;
            assertTrue(r.accuracy() >= floor, f + ": " + r.accuracy() + " of the seed's fields; misses " + r.misses());
        }));
    }

    private static String seedText(Path rendition) {
        String name = rendition.getFileName().toString();
        return name.substring(0, name.indexOf('.')) + ".txt";
    }

    private static JsonNode withoutSource(JsonNode doc) {
        var copy = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(List.of("source", "format", "warnings", "meta"));
        for (JsonNode e : copy.get("entries")) {
            var entry = (com.fasterxml.jackson.databind.node.ObjectNode) e;
            entry.remove("source_ref");
            // A tick the text export cannot place (001's 五公开 √) leaves an empty list that the originals fill.
            List<String> unplaced = new java.util.ArrayList<>();
            entry.fields().forEachRemaining(f -> { if (f.getValue().isArray() && f.getValue().isEmpty()) unplaced.add(f.getKey()); });
            entry.remove(unplaced);
        }
        return copy;
    }
}
