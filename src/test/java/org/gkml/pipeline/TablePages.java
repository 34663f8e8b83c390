package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.vocabulary.Mappings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A portal page made for a test: the given table rows in a plain UTF-8 page, read as gkml reads any file. */
final class TablePages {

    private TablePages() {
    }

    static CatalogDocument read(Path dir, String rows) throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\">" + rows
                + "</table></body></html>", StandardCharsets.UTF_8);
        return new CatalogReader(Mappings.builtIn()).read(file);
    }
}
