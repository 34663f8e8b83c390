package org.gkml.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a nightly re-run costs at 10,000 files (not a test: figures are printed, not asserted). Copies the corpus's
 * catalog files into FILES files (default 10,000: the corpus again and again, each copy in its own folder), ingests
 * them once with {@code ./gkml ingest --threads 2} (reading in child JVMs, as in production), then times, through
 * the same command, ROUNDS (3) unchanged re-runs and ROUNDS re-runs after 1 % of the files changed (every 100th
 * file, a new one each round, given the bytes of another corpus file of the same extension, so each stays a
 * readable catalog of its format). Prints each run's wall time, its CPU time (the launcher's and every process it
 * started, reading JVMs included: this JVM's waited-for children) and the stage times of its run report, then the
 * medians. The target (issue 11): a 1 %-changed re-run at 10,000 files ≤ 5 s, inside a 512 MB heap (the launcher's
 * JVM runs with -Xmx512m unless GKML_JAVA_OPTS is set).
 * <p>
 * Run alone: {@code PARTS=rerun scripts/bench-scale.sh}, or with {@code java ... RerunBenchmark FILES DIR}: a DIR
 * that already holds the ingested tree of as many files is re-run without the first ingest, which takes a while.
 */
public final class RerunBenchmark {

    static final int ROUNDS = Integer.getInteger("rerun.rounds", 3);
    static final long TICKS_PER_SECOND = 100;   // USER_HZ of /proc/self/stat on Linux

    private RerunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("gkml-rerun-bench");
        run(count, work);
    }

    record Timing(double wall, double cpu, String stages) {
    }

    static void run(int count, Path work) throws Exception {
        Path tree = work.resolve("tree"), data = work.resolve("data");
        List<Path> corpus = corpusFiles();
        System.out.printf("%nre-runs at %,d files (%d corpus files copied), ./gkml ingest --threads 2, in %s%n", count, corpus.size(), work);
        List<Path> files = tree(tree, corpus, count);
        gkml("--version");   // builds the jar and the start-up archive if the sources changed, outside the timings
        if (Files.isRegularFile(work.resolve("ingested"))) {
            System.out.println("the tree was ingested by an earlier run; re-running it");
        } else {
            Timing first = ingest(tree, data);
            System.out.printf("first run (every file read)      wall %7.1f s   CPU %7.1f s   %s%n", first.wall(), first.cpu(), first.stages());
            Files.writeString(work.resolve("ingested"), "");
        }
        List<Timing> unchanged = new ArrayList<>(), changed = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            Timing t = ingest(tree, data);
            unchanged.add(t);
            System.out.printf("unchanged re-run %d               wall %7.2f s   CPU %7.2f s   %s%n", r + 1, t.wall(), t.cpu(), t.stages());
        }
        Map<String, List<byte[]>> byExtension = contents(corpus);
        for (int r = 0; r < ROUNDS; r++) {
            int n = change(files, r, byExtension);
            Timing t = ingest(tree, data);
            changed.add(t);
            System.out.printf("%d files (1 %%) changed, re-run %d  wall %7.2f s   CPU %7.2f s   %s%n", n, r + 1, t.wall(), t.cpu(), t.stages());
        }
        System.out.printf("median unchanged re-run: wall %.2f s, CPU %.2f s; median 1 %%-changed re-run: wall %.2f s, CPU %.2f s (target ≤ 5 s)%n",
                median(unchanged, Timing::wall), median(unchanged, Timing::cpu), median(changed, Timing::wall), median(changed, Timing::cpu));
    }

    /** The corpus files ingest reads (its extension list decides inside the tree), in a fixed order. */
    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("corpus"))) {
            // no scans (corpus/scans): OCR takes seconds a page and needs tesseract
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/make/") && !p.toString().contains("/scans/"))
                    .filter(p -> !p.getFileName().toString().matches(".*\\.(md|py|sh)$")).sorted().toList();
        }
    }

    /** Copies of the corpus, c1/, c2/, ..., until there are {@code count} files; kept when already there. */
    static List<Path> tree(Path tree, List<Path> corpus, int count) throws IOException {
        List<Path> files = new ArrayList<>(count);
        Path root = Path.of("corpus");
        for (int i = 0; i < count; i++) {
            Path source = corpus.get(i % corpus.size());
            Path target = tree.resolve("c" + (i / corpus.size() + 1)).resolve(root.relativize(source).toString());
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
            files.add(target);
        }
        return files;
    }

    static Map<String, List<byte[]>> contents(List<Path> corpus) throws IOException {
        Map<String, List<byte[]>> out = new HashMap<>();
        for (Path p : corpus) out.computeIfAbsent(extension(p), k -> new ArrayList<>()).add(Files.readAllBytes(p));
        return out;
    }

    static String extension(Path p) {
        String name = p.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * Changes 1 % of the files, every 100th from offset {@code round}: each gets the bytes of another corpus file of
     * its extension (a file alone of its extension gets a line break appended). Returns how many changed.
     */
    static int change(List<Path> files, int round, Map<String, List<byte[]>> byExtension) throws IOException {
        int n = 0;
        for (int i = round % 100; i < files.size(); i += 100) {
            Path f = files.get(i);
            byte[] now = Files.readAllBytes(f);
            byte[] next = null;
            for (byte[] candidate : byExtension.getOrDefault(extension(f), List.of())) {
                if (!Arrays.equals(candidate, now)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                next = Arrays.copyOf(now, now.length + 1);
                next[now.length] = '\n';
            }
            Path tmp = f.resolveSibling(f.getFileName() + ".tmp-bench");
            Files.write(tmp, next);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            n++;
        }
        return n;
    }

    static Timing ingest(Path tree, Path data) throws Exception {
        long[] before = childTicks();
        long t = System.nanoTime();
        gkml("ingest", tree.toString(), "--data", data.toString(), "--threads", "2");
        double wall = (System.nanoTime() - t) / 1e9;
        long[] after = childTicks();
        double cpu = ((after[0] - before[0]) + (after[1] - before[1])) / (double) TICKS_PER_SECOND;
        return new Timing(wall, cpu, stages(data));
    }

    /** Runs the launcher, its output to this process's stderr only when it fails (exit 0 and 1 are runs that finished). */
    static void gkml(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("./gkml"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("gkml-rerun-bench", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // the whole run inside a 512 MB heap (issue 11), unless GKML_JAVA_OPTS says otherwise
            pb.environment().putIfAbsent("GKML_JAVA_OPTS", "-Xmx512m");
            Process p = pb.start();
            int code = p.waitFor();
            if (code > 1) {
                System.err.print(Files.readString(log));
                throw new IllegalStateException("./gkml " + String.join(" ", args) + " exited with " + code);
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * User and system CPU ticks of this process's children that have ended and been waited for (fields 16 and 17
     * of /proc/self/stat), which include their own waited-for children: the launcher, its JVM and the reading JVMs.
     */
    static long[] childTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // f[0] is field 3 (state); cutime is field 16, cstime field 17
        return new long[] {Long.parseLong(f[13]), Long.parseLong(f[14])};
    }

    /** The stage times of the newest run report in DATA/runs. */
    static String stages(Path data) throws IOException {
        Path newest;
        try (Stream<Path> s = Files.list(data.resolve("runs"))) {
            newest = s.filter(p -> p.toString().endsWith(".json")).max(Comparator.comparing(Path::toString)).orElse(null);
        }
        if (newest == null) return "";
        JsonNode r = new ObjectMapper().readTree(newest.toFile());
        JsonNode d = r.path("durations"), c = r.path("counts");
        return String.format("[read %d, unchanged %d, reading processes %d; list %d, hash %d, read %d, commit %d, records %d, total %d ms]",
                c.path("added").asInt() + c.path("updated").asInt(), c.path("unchanged").asInt(), c.path("reading_processes").asInt(),
                d.path("list_millis").asLong(),
                d.path("hash_millis").asLong(), d.path("read_millis").asLong(), d.path("commit_millis").asLong(),
                d.path("records_millis").asLong(), d.path("total_millis").asLong());
    }

    static double median(List<Timing> timings, java.util.function.ToDoubleFunction<Timing> of) {
        double[] v = timings.stream().mapToDouble(of).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
