package org.gkml.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gkml.extract.Extractors;
import org.gkml.extract.FileFormat;
import org.gkml.extract.FormatDetector;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What reading a catalog costs beside the bare library parse of the same file (not a test: figures are printed,
 * not asserted). For every corpus file of a format, in one JVM, warm, on one thread: the bare parse (PDF: PDFBox
 * {@code PDFTextStripper}; DOCX: POI {@code XWPFWordExtractor}; XLSX / XLS: POI's workbook with every cell
 * formatted; DOC: POI HWPF {@code WordExtractor}; HTML: jsoup's parse; Word-tab text: decoding with the file's
 * charset and splitting into lines and cells), gkml's extract stage alone, and the whole reading (extract, map,
 * normalize: {@link CatalogReader#read}). The three alternate file by file, round by round, so a load that shifts
 * during the run weighs on all three alike. Each is the median of {@code -Dformat.rounds} (7) rounds of the
 * thread's CPU time (wall time counts other processes' turns on a shared machine); a format's ratio is the sum of
 * its files' medians over the sum of their bare medians. The target (issue 11): every binary format ≤ 1.5×.
 * <p>
 * Run alone: {@code PARTS=formats scripts/bench-scale.sh}; the corpus is {@code corpus/} unless an argument names
 * another folder. PDF-flow text (a second a file) is measured only with {@code -Dformat.flow=true}.
 */
public final class FormatCostBenchmark {

    static final int ROUNDS = Integer.getInteger("format.rounds", 7);
    static final int WARMUP = Integer.getInteger("format.warmup", 3);
    /** PDF-flow text costs about a second a file (its own target is per page, FlowTextBenchmark): left out unless asked. */
    static final boolean FLOW = Boolean.getBoolean("format.flow");
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One bare library parse of a file's bytes; returns something derived from the result, so it is not optimised away. */
    interface Bare {
        long parse(byte[] bytes) throws Exception;
    }

    /** A file in memory with what the bare parse of its format is. */
    record Sample(Path file, byte[] bytes, String kind, Bare bare) {
    }

    private FormatCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "corpus");
        run(dir);
    }

    static void run(Path dir) throws Exception {
        Mappings mappings = Mappings.builtIn();
        CatalogReader reader = new CatalogReader(mappings);
        Extractors extractors = new Extractors(mappings);
        List<Sample> samples = samples(dir, extractors);
        System.out.printf("%nper-format reading cost: %d files under %s, %d warm-up and %d measured rounds, thread CPU medians%n",
                samples.size(), dir, WARMUP, ROUNDS);
        for (int r = 0; r < WARMUP; r++) {
            for (Sample s : samples) {
                s.bare().parse(s.bytes());
                extractors.extract(s.file(), s.bytes());
                reader.read(s.file(), s.bytes());
            }
        }
        int n = samples.size();
        long[][] bare = new long[n][ROUNDS], extract = new long[n][ROUNDS], read = new long[n][ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < n; i++) {
                Sample s = samples.get(i);
                // the order turns each round, so none of the three always runs right after another's garbage
                for (int k = 0; k < 3; k++) {
                    switch ((k + r) % 3) {
                        case 0 -> bare[i][r] = cpu(() -> s.bare().parse(s.bytes()));
                        case 1 -> extract[i][r] = cpu(() -> extractors.extract(s.file(), s.bytes()));
                        default -> read[i][r] = cpu(() -> reader.read(s.file(), s.bytes()));
                    }
                }
            }
            System.err.printf("  round %d of %d measured%n", r + 1, ROUNDS);
        }
        Map<String, long[]> sums = new LinkedHashMap<>();   // kind -> files, bare, extract, read (ns)
        for (int i = 0; i < n; i++) {
            long[] sum = sums.computeIfAbsent(samples.get(i).kind(), k -> new long[4]);
            sum[0]++;
            sum[1] += median(bare[i]);
            sum[2] += median(extract[i]);
            sum[3] += median(read[i]);
            if (Boolean.getBoolean("format.files")) {
                System.out.printf("  %-60s bare %7.1f  extract %7.1f  read %7.1f ms%n", dir.relativize(samples.get(i).file()),
                        median(bare[i]) / 1e6, median(extract[i]) / 1e6, median(read[i]) / 1e6);
            }
        }
        System.out.printf("%-26s %5s %12s %12s %12s %9s %9s%n", "format (bare parse)", "files", "bare ms", "extract ms", "read ms",
                "extract/b", "read/bare");
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            long[] s = e.getValue();
            System.out.printf("%-26s %5d %12.1f %12.1f %12.1f %8.2f× %8.2f×%n", e.getKey(), s[0], s[1] / 1e6, s[2] / 1e6, s[3] / 1e6,
                    (double) s[2] / s[1], (double) s[3] / s[1]);
        }
        System.out.println("(read = extract + map + normalize, what a catalog costs; target: binary formats ≤ 1.5× their bare parse)");
    }

    interface Work {
        void run() throws Exception;
    }

    static long cpu(Work w) throws Exception {
        long c = THREADS.getCurrentThreadCpuTime();
        w.run();
        return THREADS.getCurrentThreadCpuTime() - c;
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** Every corpus file of a format with a bare parse to compare with, by the format gkml detects in its content. */
    static List<Sample> samples(Path dir, Extractors extractors) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            // scans (corpus/scans) are read by OCR, seconds a page: not what a format's reading costs
            files = s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/make/") && !p.toString().contains("/scans/"))
                    .filter(p -> !p.toString().endsWith(".md") && !p.toString().endsWith(".py") && !p.toString().endsWith(".sh")).sorted().toList();
        }
        List<Sample> out = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            FormatDetector.Detection d;
            try {
                d = FormatDetector.detectDecoding(f, bytes);
            } catch (Exception e) {
                continue;
            }
            Sample s = switch (d.format()) {
                case PDF -> new Sample(f, bytes, "PDF (PDFTextStripper)", FormatCostBenchmark::pdf);
                case DOCX -> new Sample(f, bytes, "DOCX (XWPFWordExtractor)", FormatCostBenchmark::docx);
                case XLSX -> new Sample(f, bytes, "XLSX (XSSFWorkbook cells)", b -> cells(new XSSFWorkbook(new ByteArrayInputStream(b))));
                case DOC -> new Sample(f, bytes, "DOC (HWPF WordExtractor)", FormatCostBenchmark::doc);
                case XLS -> new Sample(f, bytes, "XLS (HSSFWorkbook cells)", b -> cells(new HSSFWorkbook(new ByteArrayInputStream(b))));
                case HTML -> new Sample(f, bytes, "HTML (jsoup parse)", b -> Jsoup.parse(new ByteArrayInputStream(b), null, "").childNodeSize());
                case TEXT -> text(f, bytes, d.text().charset(), extractors);
                default -> null;
            };
            if (s == null) continue;
            try {
                extractors.extract(f, bytes);   // a file gkml cannot read (on purpose, in the corpus) measures nothing
            } catch (Exception e) {
                continue;
            }
            out.add(s);
        }
        out.sort((a, b) -> a.kind().compareTo(b.kind()));
        return out;
    }

    /** Text, by the layout gkml finds in it; every layout's bare parse is decoding and splitting into lines and tabs. */
    static Sample text(Path f, byte[] bytes, Charset charset, Extractors extractors) throws Exception {
        String layout;
        try {
            layout = extractors.extract(f, bytes).format();
        } catch (Exception e) {
            return null;
        }
        if (layout.equals(FileFormat.TextLayout.PDF_FLOW.id()) && !FLOW) return null;
        String kind = layout.equals(FileFormat.TextLayout.TAB_CELLS.id()) ? "Word-tab text (decode+split)"
                : layout.equals(FileFormat.TextLayout.PDF_FLOW.id()) ? "PDF-flow text (decode+split)" : layout + " (decode+split)";
        return new Sample(f, bytes, kind, b -> {
            long cells = 0;
            for (String line : new String(b, charset).split("\r?\n", -1)) cells += line.split("\t", -1).length;
            return cells;
        });
    }

    static long pdf(byte[] b) throws Exception {
        try (PDDocument doc = Loader.loadPDF(b)) {
            return new PDFTextStripper().getText(doc).length();
        }
    }

    static long docx(byte[] b) throws Exception {
        try (XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(b)))) {
            return x.getText().length();
        }
    }

    static long doc(byte[] b) throws Exception {
        try (WordExtractor x = new WordExtractor(new HWPFDocument(new ByteArrayInputStream(b)))) {
            return x.getText().length();
        }
    }

    static long cells(Workbook wb) throws Exception {
        try (wb) {
            DataFormatter formatter = new DataFormatter();
            long chars = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) chars += formatter.formatCellValue(cell).length();
                }
            }
            return chars;
        }
    }
}
