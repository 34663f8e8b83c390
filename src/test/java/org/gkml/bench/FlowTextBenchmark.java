package org.gkml.bench;

import org.gkml.catalog.Simplified;
import org.gkml.extract.Extractors;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cost of reading PDF-flow text (not a test: speed is measured, not asserted), per file and per page, warm,
 * in one JVM: the extract stage alone (the flow-row solver) and the whole read (mapping and normalising too).
 * Run: {@code scripts/bench-flow-text.sh [FILE...]} (defaults to the corpus's PDF-flow files).
 * <p>
 * Times are medians of {@code ROUNDS} runs after {@code WARMUP} rounds over all files, as thread CPU time (what the reading costs,
 * whatever else runs on the machine) and wall time. Pages are the page numbers the reader leaves out
 * (mappings/page-furniture.tsv), at least one: a text without them counts as one page, so its figure per
 * page is an upper bound.
 */
public final class FlowTextBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 15);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FlowTextBenchmark() {
    }

    /** One measured reading: thread CPU and wall time, in milliseconds. */
    private record Cost(double cpuMs, double wallMs) {
    }

    private interface Read {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args.length > 0 ? args : defaults()) files.add(Path.of(a));
        Mappings mappings = Mappings.builtIn();
        List<Pattern> furniture = mappings.file("page-furniture.tsv").rows().stream().map(r -> r.regex(0)).toList();
        Extractors extractors = new Extractors(mappings);
        CatalogReader reader = new CatalogReader(mappings);
        // Every file and stage is warmed before any is measured: the JIT is still compiling the solver after a
        // file's first few reads, and would otherwise charge it to whichever file comes first.
        for (int i = 0; i < WARMUP; i++) {
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                extractors.extract(f, bytes);
                reader.read(f, bytes);
            }
        }
        System.out.printf("%-48s %6s %5s %22s %22s%n", "file", "KB", "pages", "extract cpu/wall ms", "read cpu/wall ms");
        double extractSum = 0;
        double readSum = 0;
        int pageSum = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            int pages = pages(new String(bytes, StandardCharsets.UTF_8), furniture);
            Cost extract = measure(() -> extractors.extract(f, bytes));
            Cost read = measure(() -> reader.read(f, bytes));
            extractSum += extract.cpuMs();
            readSum += read.cpuMs();
            pageSum += pages;
            System.out.printf("%-48s %6.1f %5d %10.1f / %9.1f %10.1f / %9.1f%n", f.getFileName(), bytes.length / 1024.0, pages,
                    extract.cpuMs(), extract.wallMs(), read.cpuMs(), read.wallMs());
        }
        System.out.printf("%d files, %d pages: extract %.1f ms cpu per page, whole read %.1f ms cpu per page (medians of %d after %d warm-up rounds)%n",
                files.size(), pageSum, extractSum / pageSum, readSum / pageSum, ROUNDS, WARMUP);
    }

    private static String[] defaults() throws Exception {
        List<String> out = new ArrayList<>(List.of("corpus/000_81a0a872453b3846.txt", "corpus/001_d1b07a4c651a3051.txt"));
        try (var s = Files.list(Path.of("corpus/layouts"))) {
            s.map(Path::toString).filter(p -> p.endsWith("_flow.txt")).sorted().forEach(out::add);
        }
        return out.toArray(String[]::new);
    }

    private static Cost measure(Read read) throws Exception {
        double[] cpu = new double[ROUNDS];
        double[] wall = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            read.run();
            wall[i] = (System.nanoTime() - w0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        return new Cost(median(cpu), median(wall));
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static int pages(String text, List<Pattern> furniture) {
        int n = 0;
        for (String line : text.split("\n")) {
            String t = Simplified.fold(line.replaceAll("[ \\t\\f\\u3000\\u00A0\\r]+", ""));
            if (!t.isEmpty() && furniture.stream().anyMatch(p -> p.matcher(t).matches())) n++;
        }
        return Math.max(1, n);
    }
}
