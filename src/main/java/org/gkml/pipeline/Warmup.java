package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one tiny catalog of every format once, untimed, before the first timed read. A library class that
 * fails while initialising (PDFBox's parser, Tika's detector, POI's and the mapping tables' statics) stays
 * broken for the life of the JVM; initialised here, on a thread nobody cancels, the first timed read of
 * each format no longer carries that risk, nor the one-off start-up cost against its time limit. The samples are
 * stored files (made by the tests' WarmupSamples): making them here cost as much as reading them.
 */
public final class Warmup {

    /** Where the samples are, as a class-path resource folder. */
    static final String SAMPLES = "/org/gkml/pipeline/warmup/";

    /** The samples, in the order they are read. */
    static final List<String> SAMPLE_FILES = List.of("tab.txt", "spaces.txt", "sample.html", "sample.docx", "sample.xlsx", "sample.xls", "sample.pdf");

    private Warmup() {
    }

    private static final class Once {
        static {
            run();
        }

        static void touch() {
        }
    }

    /** Runs the warm-up the first time it is called in this JVM; later calls return at once. */
    public static void ensure() {
        Once.touch();
    }

    private static void run() {
        // the classes are what is warmed, not the layouts: the built-in mappings serve every run
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        for (String name : SAMPLE_FILES) {
            try {
                reader.read(Path.of("gkml-warmup-" + name), sample(name));
            } catch (Exception | LinkageError e) {
                // a sample that reads as "no catalog" has still loaded the classes it went through
            }
        }
        try {
            Class.forName("org.apache.poi.hwpf.HWPFDocument", true, Warmup.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // the DOC reader then fails on its own files, with its own message
        }
    }

    /** A sample's bytes; a missing one is a broken build. */
    static byte[] sample(String name) {
        try (InputStream in = Warmup.class.getResourceAsStream(SAMPLES + name)) {
            if (in == null) throw new IllegalStateException("the warm-up sample " + SAMPLES + name + " is not in the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
