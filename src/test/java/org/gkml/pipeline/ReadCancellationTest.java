package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.ReadCancellation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every format's read loop has a checkpoint: a cancelled read of a real catalog ends instead of finishing. */
class ReadCancellationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "corpus/002_10e874960aa90f81.txt",
            "corpus/layouts/b1_jiangchuan_street_flow.txt",
            "corpus/renditions/001_d1b07a4c651a3051.pdf",
            "corpus/renditions/002_10e874960aa90f81.doc",
            "corpus/renditions/002_10e874960aa90f81.docx",
            "corpus/renditions/001_d1b07a4c651a3051.xlsx",
            "corpus/renditions/001_d1b07a4c651a3051.html"})
    void aCancelledReadStops(String file) throws Exception {
        Path path = Path.of(file);
        assertNotNull(new CatalogReader(Mappings.builtIn()).read(path), "reads when not cancelled");
        ReadCancellation.Token token = new ReadCancellation.Token();
        token.cancel();
        assertThrows(ReadCancellation.Cancelled.class, () -> ReadCancellation.under(token, () -> new CatalogReader(Mappings.builtIn()).read(path)));
    }
}
