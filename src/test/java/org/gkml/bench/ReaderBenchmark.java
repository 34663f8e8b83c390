package org.gkml.bench;

import org.gkml.vocabulary.Mappings;
import org.gkml.pipeline.CatalogReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the reading pipeline, warm, per corpus file (not a test: speed is measured, not asserted).
 * Run: mvn -q test-compile && java -cp target/test-classes:target/classes:$(deps) org.gkml.bench.ReaderBenchmark [DIR]
 * (deps: mvn dependency:build-classpath). Prints the median of 5 warm runs per file and the heap in use.
 */
public final class ReaderBenchmark {

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "corpus");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/make/") && !p.toString().contains("/scans/"))
                    .filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        for (Path f : files) reader.read(f); // warm-up: dictionaries, JIT
        long total = 0;
        for (Path f : files) {
            long[] ms = new long[5];
            for (int k = 0; k < ms.length; k++) {
                long start = System.nanoTime();
                reader.read(f);
                ms[k] = (System.nanoTime() - start) / 1_000_000;
            }
            java.util.Arrays.sort(ms);
            total += ms[2];
            System.out.printf("%-60s %6d ms%n", dir.relativize(f), ms[2]);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%d files, %d ms in all (median runs), heap in use %d MB%n", files.size(), total,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
