package org.gkml.extract.ocr;

import org.gkml.extract.ReadCancellation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Tesseract OCR program, run as a child process for each picture, as Apache Tika's TesseractOCRParser runs it:
 * the Debian packages are the whole installation (no native library bound into the JVM, whose crash would take
 * the reading process with it), and a read that must stop ends the child process. The picture goes in as a
 * PGM file; the words come back as Tesseract's TSV, with their boxes and confidences.
 */
public final class Tesseract {

    /** What to install for OCR, named in every message about it. */
    public static final String PACKAGES = "tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-osd";
    /** Simplified Chinese: the script of the catalogs. */
    static final String LANGUAGE = "chi_sim";
    /** How often a running OCR looks whether its read was cancelled (ms). */
    private static final long POLL_MILLIS = 100;

    private static final ConcurrentHashMap<String, Availability> CHECKED = new ConcurrentHashMap<>();

    private final String program;
    private final String version;

    private Tesseract(String program, String version) {
        this.program = program;
        this.version = version;
    }

    /** Whether the program runs and has the Chinese data, and if not, why (one line, naming what to install). */
    public record Availability(Tesseract tesseract, String problem) {
        public boolean ok() {
            return tesseract != null;
        }
    }

    /** The {@code tesseract} on the PATH (checked once per process). */
    public static Availability locate() {
        return locate("tesseract");
    }

    /** A given program (a path or a name on the PATH); tests name one that does not exist. */
    public static Availability locate(String program) {
        return CHECKED.computeIfAbsent(program, Tesseract::check);
    }

    private static Availability check(String program) {
        String install = "install it with: apt-get install " + PACKAGES;
        String version;
        try {
            Result v = run(List.of(program, "--version"), null, 30_000);
            Matcher m = Pattern.compile("tesseract v?(\\d+[.\\d]*)").matcher(v.out + v.err);
            version = m.find() ? m.group(1) : "?";
            Result langs = run(List.of(program, "--list-langs"), null, 30_000);
            if (!(langs.out + langs.err).lines().map(String::strip).toList().contains(LANGUAGE)) {
                return new Availability(null, "the OCR program tesseract has no Simplified Chinese data (" + LANGUAGE + "); " + install);
            }
        } catch (OcrException e) {
            return new Availability(null, "the OCR program tesseract is not installed (" + e.getMessage() + "); " + install);
        }
        int major = version.matches("\\d+.*") ? Integer.parseInt(version.split("\\.")[0]) : 0;
        if (major < 4) {
            return new Availability(null, "the OCR program tesseract is version " + version + "; gkml needs 4 or later (its LSTM Chinese model); " + install);
        }
        return new Availability(new Tesseract(program, version), null);
    }

    public String version() {
        return version;
    }

    /** How Tesseract finds the text lines of a picture (its page segmentation mode). */
    public enum Layout {
        /** One block of text of one size (psm 6): the cells of a table. */
        UNIFORM("6"),
        /**
         * One column of lines of any size (psm 4): a page's title and the lines around its tables. Tesseract's full
         * layout analysis (psm 3) cut a large title into blocks and lost or reordered pieces of it (三门县食品药品监管…
         * read as 准目录 / 示 / 域基层政务公开机); the band above a table is one column of lines.
         */
        COLUMN("4");

        private final String psm;

        Layout(String psm) {
            this.psm = psm;
        }
    }

    /** The words of a picture as Tesseract's TSV. */
    public String tsv(GrayImage image, double dpi, Layout layout) throws OcrException {
        // Tesseract's own (Otsu) threshold: Sauvola's local one (thresholding_method=2) read single crops of the
        // scanned renditions better, but the stacked cells worse (the 序号 digits lost, 0.61 against 0.76 on scan200)
        return runOn(image, dpi, List.of("-l", LANGUAGE, "--psm", layout.psm, "tsv"));
    }

    /**
     * How many quarter turns clockwise make the picture upright, from Tesseract's orientation and script
     * detection (psm 0); 0 when it cannot tell (too little text, no osd data).
     */
    public int quarterTurns(GrayImage image, double dpi) throws OcrException {
        String out;
        try {
            out = runOn(image, dpi, List.of("--psm", "0"));
        } catch (OcrException e) {
            if (e.getMessage().contains("cancel")) throw e;
            return 0;
        }
        Matcher rotate = Pattern.compile("Rotate: (\\d+)").matcher(out);
        Matcher confidence = Pattern.compile("Orientation confidence: ([\\d.]+)").matcher(out);
        if (!rotate.find()) return 0;
        if (confidence.find() && Double.parseDouble(confidence.group(1)) < MIN_ORIENTATION_CONFIDENCE) return 0;
        return Integer.parseInt(rotate.group(1)) / 90;
    }

    /** Below this, Tesseract's orientation guess is noise (its own docs call 2 the least worth trusting). */
    static final double MIN_ORIENTATION_CONFIDENCE = 2.0;

    private String runOn(GrayImage image, double dpi, List<String> options) throws OcrException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gkml-ocr");
            Path in = dir.resolve("page.pgm");
            Files.write(in, image.pgm());
            List<String> command = new ArrayList<>(List.of(program, in.toString(), "stdout", "--dpi", String.valueOf(Math.round(dpi))));
            command.addAll(options);
            Result r = run(command, dir, Long.MAX_VALUE);
            if (r.exit != 0) throw new OcrException("tesseract failed (exit code " + r.exit + "): " + firstLine(r.err));
            return r.out;
        } catch (IOException e) {
            throw new OcrException("cannot write the page picture for tesseract: " + e.getMessage(), e);
        } finally {
            if (dir != null) deleteAll(dir);
        }
    }

    private record Result(int exit, String out, String err) {
    }

    /**
     * Runs a command to its end, with output and errors in files (no pipe to fill), checking every
     * {@link #POLL_MILLIS} whether the read was cancelled: then the process is killed and the read ends.
     */
    private static Result run(List<String> command, Path dir, long limitMillis) throws OcrException {
        Path work = dir;
        Process process = null;
        try {
            if (work == null) work = Files.createTempDirectory("gkml-ocr");
            Path out = work.resolve("out.txt"), err = work.resolve("err.txt");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            // one thread per OCR: the machine's cores are the batch's, shared by its reading processes
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            process = pb.start();
            long waited = 0;
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                waited += POLL_MILLIS;
                try {
                    ReadCancellation.check();
                } catch (ReadCancellation.Cancelled c) {
                    process.destroyForcibly();
                    throw c;
                }
                if (waited > limitMillis) {
                    process.destroyForcibly();
                    throw new OcrException("tesseract did not answer within " + limitMillis / 1000 + " s");
                }
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OcrException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        } catch (InterruptedException e) {
            if (process != null) process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OcrException("OCR interrupted", e);
        } finally {
            if (dir == null && work != null) deleteAll(work);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String firstLine(String s) {
        return s.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Estimating resolution")).findFirst().orElse("(no message)");
    }

    private static void deleteAll(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
