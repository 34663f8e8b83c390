package org.gkml.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports point down the pipeline only: a stage may use the stages below it, never one above, so the table model
 * can be read without the schema, extraction without mapping, and so on. The order is the one README.md shows.
 */
class LayeringTest {

    /** Bottom first. A package not listed here fails the test, so a new stage must be placed deliberately. */
    static final List<String> LAYERS = List.of(
            "table", "catalog", "vocabulary", "extract", "mapping", "normalize", "pipeline", "index", "ingest",
            "report", "server", "cli");

    private static final Path SOURCES = Path.of("src/main/java/org/gkml");
    private static final Pattern GKML_REFERENCE = Pattern.compile("\\borg\\.gkml\\.([a-z]+)\\b");

    @Test
    void everyImportPointsDownOrSideways() throws IOException {
        List<String> upward = new ArrayList<>();
        for (Path file : javaFiles()) {
            String own = topPackageOf(file);
            int ownRank = rank(own, file);
            String text = Files.readString(file);
            Matcher m = GKML_REFERENCE.matcher(text);
            while (m.find()) {
                String used = m.group(1);
                if (used.equals(own)) continue;
                if (rank(used, file) > ownRank) upward.add(SOURCES.relativize(file) + " uses org.gkml." + used);
            }
        }
        assertEquals(List.of(), upward, "imports that point up the pipeline");
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasSources;
                try (Stream<Path> files = Files.list(dir)) {
                    hasSources = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (hasSources && !Files.exists(dir.resolve("package-info.java"))) missing.add(SOURCES.relativize(dir).toString());
            }
        }
        assertEquals(List.of(), missing, "packages without a package-info.java");
    }

    @Test
    void theCheckSeesAnUpwardReference() {
        // guards the test itself: a table class naming the index must be caught
        Matcher m = GKML_REFERENCE.matcher("import org.gkml.index.CatalogSearcher;");
        assertTrue(m.find());
        assertTrue(rank(m.group(1), Path.of("x")) > rank("table", Path.of("x")));
        assertFalse(GKML_REFERENCE.matcher("import org.apache.lucene.index.Term;").find());
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static String topPackageOf(Path file) {
        Path rel = SOURCES.relativize(file);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
    }

    private static int rank(String pkg, Path where) {
        int r = LAYERS.indexOf(pkg);
        if (r < 0) throw new AssertionError("package org.gkml." + pkg + " (seen in " + where + ") has no place in LayeringTest.LAYERS");
        return r;
    }
}
