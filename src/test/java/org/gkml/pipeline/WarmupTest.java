package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.extract.UnreadableFileException;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stored warm-up samples are there and still catalogs of their formats, so the warm-up goes through each reader. */
class WarmupTest {

    @Test
    void everyStoredSampleIsACatalogOfItsFormat() throws Exception {
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        assertEquals(WarmupSamples.make().keySet(), Set.copyOf(Warmup.SAMPLE_FILES), "the samples the generator makes are the ones read");
        for (String name : Warmup.SAMPLE_FILES) {
            byte[] bytes = Warmup.sample(name);
            if (name.endsWith(".pdf")) {
                // Latin text only (the standard fonts have no Chinese): it may read as no catalog, but as a PDF
                try {
                    reader.read(Path.of("w-" + name), bytes);
                } catch (UnreadableFileException e) {
                    assertEquals("pdf", e.format(), name + ": " + e.reason());
                }
                continue;
            }
            CatalogDocument doc = reader.read(Path.of("w-" + name), bytes);
            assertTrue(doc.entries().stream().anyMatch(e -> "机构职能".equals(e.item())), name + ": " + doc.entries());
        }
    }
}
