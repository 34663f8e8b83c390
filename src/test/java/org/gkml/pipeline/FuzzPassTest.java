package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.UnreadableFileException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz pass: corpus files of every format, mutated the ways files really break (cut short, bytes flipped,
 * two formats spliced, a zip entry dropped or its XML damaged, a block repeated), for a fixed seed and a bounded
 * count, read through the whole pipeline. Every mutant must end in a catalog or in one
 * {@link UnreadableFileException} with a one-line message naming the file — never another exception, an
 * {@code Error}, or a read longer than the limit. A failing mutant is kept under target/fuzz-failures to replay.
 */
class FuzzPassTest {

    private static final long SEED = 20261202L;
    private static final int MUTANTS_PER_OPERATOR = 5;
    private static final long READ_LIMIT_SECONDS = 30;

    /** One file per reader path: lattice and Writer PDFs, OFD, DOC, DOCX, XLS, XLSX, HTML, three text encodings, PDF-flow text. */
    private static final List<Path> FILES = List.of(
            Path.of("corpus/renditions/000_81a0a872453b3846.pdf"),
            Path.of("corpus/published/word/wsjk_hanyin.pdf"),
            Path.of("corpus/renditions/ofd/002_10e874960aa90f81.word-landscape.ofd"),
            Path.of("corpus/renditions/002_10e874960aa90f81.doc"),
            Path.of("corpus/renditions/002_10e874960aa90f81.docx"),
            Path.of("corpus/published/portal/kyqq_shehuijiuzhu.xls"),
            Path.of("corpus/renditions/001_d1b07a4c651a3051.xlsx"),
            Path.of("corpus/renditions/004_43e84b5de54c8a3d.html"),
            Path.of("corpus/renditions/002_10e874960aa90f81.gb18030.txt"),
            Path.of("corpus/renditions/003_0c93a4fb907a582b.utf16.txt"),
            Path.of("corpus/000_81a0a872453b3846.txt"));

    private record Operator(String name, boolean zipOnly, BiFunction<byte[], Random, byte[]> mutate) {
    }

    private final List<Operator> operators = List.of(
            new Operator("truncate", false, (b, r) -> Arrays.copyOf(b, r.nextInt(b.length))),
            new Operator("flip", false, FuzzPassTest::flip),
            new Operator("splice", false, this::splice),
            new Operator("repeat-block", false, FuzzPassTest::repeatBlock),
            new Operator("drop-zip-entry", true, FuzzPassTest::dropZipEntry),
            new Operator("damage-zip-entry", true, FuzzPassTest::damageZipEntry));

    private final List<byte[]> originals = new ArrayList<>();

    @Test
    void everyMutantEndsInACatalogOrOneLineUnreadable() throws Exception {
        for (Path f : FILES) originals.add(Files.readAllBytes(f));
        Random random = new Random(SEED);
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        List<String> failures = new ArrayList<>();
        int tried = 0;
        int read = 0;
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < FILES.size(); i++) {
                Path source = FILES.get(i);
                boolean zip = isZip(originals.get(i));
                for (Operator op : operators) {
                    if (op.zipOnly && !zip) continue;
                    for (int k = 0; k < MUTANTS_PER_OPERATOR; k++) {
                        byte[] mutant = op.mutate.apply(originals.get(i), random);
                        Path name = Path.of(op.name + "-" + k + "-" + source.getFileName());
                        tried++;
                        String problem = readOnce(pool, reader, name, mutant);
                        if (problem == null) {
                            read++;
                        } else if (!problem.isEmpty()) {
                            failures.add(name + ": " + problem);
                            keep(name, mutant);
                            if (problem.startsWith("took")) pool = replace(pool);
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("fuzz pass: %d mutants tried, %d read as catalogs, %d unreadable, %d failures%n",
                tried, read, tried - read - failures.size(), failures.size());
        assertTrue(tried >= 200, "the pass must stay meaningful: " + tried + " mutants");
        assertEquals(List.of(), failures);
    }

    /** null = read as a catalog; "" = a clean UnreadableFileException; anything else = what went wrong. */
    private static String readOnce(ExecutorService pool, CatalogReader reader, Path name, byte[] content)
            throws InterruptedException {
        Future<?> f = pool.submit(() -> {
            reader.read(name, content);
            return null;
        });
        try {
            f.get(READ_LIMIT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (TimeoutException e) {
            f.cancel(true);
            return "took more than " + READ_LIMIT_SECONDS + " s";
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (!(t instanceof UnreadableFileException u)) return "escaped as " + t;
            if (u.getMessage().contains("\n")) return "message has more than one line: " + u.getMessage();
            if (!u.getMessage().contains(name.toString())) return "message does not name the file: " + u.getMessage();
            return "";
        }
    }

    private static ExecutorService replace(ExecutorService stuck) {
        stuck.shutdownNow();
        return Executors.newSingleThreadExecutor();
    }

    private static void keep(Path name, byte[] mutant) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
        Files.write(dir.resolve(name), mutant);
    }

    private static byte[] flip(byte[] original, Random r) {
        byte[] b = original.clone();
        for (int n = 1 + r.nextInt(20); n > 0; n--) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        return b;
    }

    /** The head of this file and the tail of another one, as a download cut and resumed from the wrong source. */
    private byte[] splice(byte[] original, Random r) {
        byte[] other = originals.get(r.nextInt(originals.size()));
        int head = r.nextInt(original.length);
        int tail = r.nextInt(other.length);
        byte[] out = Arrays.copyOf(original, head + other.length - tail);
        System.arraycopy(other, tail, out, head, other.length - tail);
        return out;
    }

    private static byte[] repeatBlock(byte[] original, Random r) {
        int from = r.nextInt(original.length);
        int len = Math.min(original.length - from, 1 + r.nextInt(4096));
        int at = r.nextInt(original.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(original, 0, at);
        out.write(original, from, len);
        out.write(original, at, original.length - at);
        return out.toByteArray();
    }

    private static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static byte[] dropZipEntry(byte[] original, Random r) {
        List<String> names = zipNames(original);
        String dropped = names.get(r.nextInt(names.size()));
        return rewriteZip(original, (name, content) -> name.equals(dropped) ? null : content);
    }

    /** One entry's bytes damaged inside a zip that is itself sound, so the XML parsers meet the damage. */
    private static byte[] damageZipEntry(byte[] original, Random r) {
        List<String> names = zipNames(original);
        String damaged = names.get(r.nextInt(names.size()));
        return rewriteZip(original, (name, content) ->
                !name.equals(damaged) || content.length == 0 ? content
                        : r.nextBoolean() ? flip(content, r) : Arrays.copyOf(content, r.nextInt(content.length)));
    }

    private static List<String> zipNames(byte[] zip) {
        List<String> names = new ArrayList<>();
        rewriteZip(zip, (name, content) -> {
            names.add(name);
            return content;
        });
        return names;
    }

    private static byte[] rewriteZip(byte[] zip, BiFunction<String, byte[], byte[]> change) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    byte[] content = change.apply(e.getName(), in.readAllBytes());
                    if (content == null) continue;
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the corpus file is not a readable zip", e);
        }
    }
}
