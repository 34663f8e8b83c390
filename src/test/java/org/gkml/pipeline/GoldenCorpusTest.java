package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One golden file per corpus catalog: the whole extract output must stay as reviewed. After a deliberate
 * change, regenerate with {@code mvn test -Dtest=GoldenCorpusTest -Dgkml.updateGolden=true} and review the diff.
 */
class GoldenCorpusTest {

    static final Path CORPUS = Path.of("corpus");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static List<Path> catalogs() throws IOException {
        try (Stream<Path> s = Files.walk(CORPUS)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/make/"))
                    // scans need the OCR program and seconds of OCR a page: ScannedCatalogsTest scores them
                    .filter(p -> !p.startsWith(ScannedCatalogsTest.SCANS))
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    // not read yet by design; PublishedCatalogsTest prints their scores
                    .filter(p -> !p.getFileName().toString().endsWith(PublishedCatalogsTest.PENDING))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileMatchesItsGoldenFile() throws IOException {
        boolean update = Boolean.getBoolean("gkml.updateGolden");
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        List<Path> files = catalogs();
        assertTrue(files.size() >= 5, "corpus has the five seeds at least");
        return files.stream().map(f -> DynamicTest.dynamicTest(CORPUS.relativize(f).toString(), () -> {
            ObjectNode actual = CatalogJson.toJson(reader.read(f));
            Path golden = GOLDEN.resolve(f.getFileName() + ".json");
            String text = CatalogJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(actual) + "\n";
            if (update) Files.writeString(golden, text, StandardCharsets.UTF_8);
            assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgkml.updateGolden=true and review it");
            JsonNode expected = CatalogJson.MAPPER.readTree(golden.toFile());
            assertEquals(expected.toPrettyString(), actual.toPrettyString(), f + " differs from " + golden);
        }));
    }
}
