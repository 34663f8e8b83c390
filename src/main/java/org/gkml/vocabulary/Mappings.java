package org.gkml.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every mapping file's rows, read and checked once per run and handed to the stages through their
 * constructors (as Lucene's CJKAnalyzer takes its stop set). The files inside the jar are the default; a
 * folder given with --mappings overrides them file by file. The vocabulary every stage shares (header labels,
 * options, check marks, merged columns) is parsed here; the stages parse the files only they use when they are
 * built, which is before any catalog is read.
 */
public final class Mappings {

    /** What each file must hold: its least number of columns, and which columns are numbers, hex codes or regexes. */
    private record Spec(String name, int columns, List<Integer> numbers, List<Integer> hexes, List<Integer> regexes) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("catalog-names.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("cell-expectations.tsv", 2, List.of(1), List.of(), List.of()),
            new Spec("cell-signals.tsv", 3, List.of(1), List.of(), List.of(2)),
            new Spec("channel-suffixes.tsv", 1, List.of(), List.of(), List.of()),
            new Spec("channels.tsv", 1, List.of(), List.of(), List.of()),
            new Spec("checkboxes.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("cjk-radicals.tsv", 2, List.of(), List.of(0), List.of()),
            new Spec("header-generic-words.tsv", 1, List.of(), List.of(), List.of()),
            new Spec("headers.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("ingest-extensions.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("options.tsv", 3, List.of(), List.of(), List.of()),
            new Spec("ocr-confusables.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("ocr-readings.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("page-furniture.tsv", 1, List.of(), List.of(), List.of(0)),
            new Spec("pdf-glyphs.tsv", 3, List.of(), List.of(1), List.of()),
            new Spec("query-stop-words.tsv", 1, List.of(), List.of(), List.of()),
            new Spec("region-aliases.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("regions.tsv", 3, List.of(), List.of(), List.of()),
            new Spec("remark-markers.tsv", 1, List.of(), List.of(), List.of()),
            new Spec("report-rules.tsv", 3, List.of(), List.of(), List.of()),
            new Spec("reference-fit.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("item-synonyms.tsv", 1, List.of(), List.of(), List.of()),
            new Spec("item-words.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("schema.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("search-synonyms.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("symbol-glyphs.tsv", 3, List.of(), List.of(1), List.of()),
            new Spec("unit-ranks.tsv", 2, List.of(), List.of(), List.of()),
            new Spec("unit-suffixes.tsv", 1, List.of(), List.of(), List.of()),
            new Spec("web-chrome.tsv", 2, List.of(), List.of(), List.of()));

    private final Map<String, MappingFile> files;
    private final Options options;
    private final HeaderLexicon headers;
    private final CheckMarks checkMarks;
    private final MergedColumns mergedColumns;

    private final String digest;

    private Mappings(Map<String, MappingFile> files) {
        this.files = Map.copyOf(files);
        this.digest = digestOf(files);
        this.options = new Options(file("options.tsv"));
        this.headers = new HeaderLexicon(file("headers.tsv"), file("header-generic-words.tsv"), options);
        this.checkMarks = new CheckMarks(file("checkboxes.tsv"));
        this.mergedColumns = new MergedColumns(file("schema.tsv"));
    }

    /** The files shipped in the jar, read once: they cannot change while the program runs. */
    public static Mappings builtIn() {
        return BuiltIn.MAPPINGS;
    }

    private static final class BuiltIn {
        static final Mappings MAPPINGS = read(null);
    }

    /** The built-in files, each replaced by the file of the same name in {@code dir} where there is one. */
    public static Mappings load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new MappingsException(dir.toString(), 0, Files.exists(dir)
                    ? "not a folder; --mappings takes a folder of .tsv files that override the built-in ones"
                    : "no such folder; give an existing folder of .tsv files that override the built-in ones");
        }
        checkNames(dir);
        return read(dir);
    }

    /** A .tsv file in the folder that no spec names is a misspelt override, which would silently do nothing. */
    private static void checkNames(Path dir) {
        List<String> known = SPECS.stream().map(Spec::name).toList();
        try (var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".tsv") && !known.contains(name)) {
                    throw new MappingsException(p.toString(), 0, "not a mapping file gkml reads; an override takes the name of one of: "
                            + String.join(", ", known));
                }
            }
        } catch (IOException e) {
            throw new MappingsException(dir.toString(), 0, "cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static Mappings read(Path dir) {
        Map<String, MappingFile> files = new LinkedHashMap<>();
        for (Spec spec : SPECS) {
            Path override = dir == null ? null : dir.resolve(spec.name());
            MappingFile f = override != null && Files.isRegularFile(override)
                    ? MappingFile.parse(spec.name(), override.toString(), decode(override.toString(), readFile(override)))
                    : MappingFile.parse(spec.name(), "mappings/" + spec.name() + " (built in)", decode(spec.name(), readBuiltIn(spec.name())));
            check(spec, f);
            files.put(spec.name(), f);
        }
        return new Mappings(files);
    }

    private static void check(Spec spec, MappingFile f) {
        for (MappingFile.Row row : f.rows()) {
            if (row.size() < spec.columns()) {
                throw row.fault("a row needs " + spec.columns() + " tab-separated columns, this one has " + row.size());
            }
            for (int i : spec.numbers()) row.number(i);
            for (int i : spec.hexes()) row.hex(i);
            for (int i : spec.regexes()) row.regex(i);
        }
    }

    private static byte[] readFile(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new MappingsException(p.toString(), 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static byte[] readBuiltIn(String name) {
        try (InputStream in = Mappings.class.getResourceAsStream("/mappings/" + name)) {
            if (in == null) throw new MappingsException("mappings/" + name, 0, "missing from the build; rebuild the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MappingsException("mappings/" + name, 0, "cannot read the built-in file: " + e.getMessage(), e);
        }
    }

    private static String decode(String origin, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MappingsException(origin, lineOfFirstBadByte(bytes), "not valid UTF-8; save the file as UTF-8", e);
        }
    }

    /** The line of the first byte sequence that is not UTF-8, so the message can point at it. */
    private static int lineOfFirstBadByte(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    /** A mapping file by its name under mappings/ (headers.tsv). */
    public MappingFile file(String name) {
        MappingFile f = files.get(name);
        if (f == null) throw new IllegalArgumentException("no mapping file " + name + " is declared in Mappings");
        return f;
    }

    /**
     * A digest of every file's rows (name, line and text): two Mappings with the same digest read every catalog
     * the same way, so an index can tell whether it was built with these.
     */
    public String digest() {
        return digest;
    }

    private static String digestOf(Map<String, MappingFile> files) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : new java.util.TreeSet<>(files.keySet())) {
                sha.update((name + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (MappingFile.Row r : files.get(name).rows()) {
                    sha.update((r.line() + "\t" + r.text() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public HeaderLexicon headers() {
        return headers;
    }

    public Options options() {
        return options;
    }

    public CheckMarks checkMarks() {
        return checkMarks;
    }

    public MergedColumns mergedColumns() {
        return mergedColumns;
    }
}
