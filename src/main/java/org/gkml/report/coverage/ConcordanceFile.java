package org.gkml.report.coverage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The concordance as a TSV a coordinator corrects and feeds back: one row per spelling met, with the item it went
 * under, how (规范化, 同义词, 词重合, 字相似, 人工) and with what likeness (分数), and the likest other item as a
 * suggestion. Read back ({@code --concordance}), only the
 * first two columns count: 写法 goes under 归入事项, over whatever the folding and the synonyms say.
 */
public final class ConcordanceFile {

    static final String HEADER = "写法\t归入事项\t方式\t分数\t条目数\t相近事项\t相似度";

    /** The least likeness a suggestion needs. */
    private static final double SUGGEST = 0.6;

    private ConcordanceFile() {
    }

    /**
     * The corrections in a concordance file: spelling → item. Lines starting with '#', blank lines and the header
     * are skipped; a row without an item is no correction.
     *
     * @throws IOException naming the file and line when it cannot be read or a row has no tab
     */
    public static Map<String, String> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new IOException(file + ": not UTF-8 text; save the concordance as UTF-8 TSV");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.isBlank() || line.startsWith("#") || line.startsWith("写法\t")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) throw new IOException(file + " line " + (i + 1) + ": write 写法<TAB>归入事项");
            if (!cols[0].isBlank() && !cols[1].isBlank()) out.put(cols[0].strip(), cols[1].strip());
        }
        return out;
    }

    /** Writes the suggested concordance of {@code coverage} to {@code file} (through a temporary file). */
    public static void write(Path file, Coverage coverage) throws IOException {
        List<String> keys = new ArrayList<>();
        for (Coverage.Item i : coverage.rows()) keys.add(i.key());
        Map<String, SimilarItems.Match> similar = new SimilarItems(SUGGEST).best(keys);
        Path abs = file.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# The concordance of items gkml report used. Correct 归入事项 (the item a spelling belongs to) and give the\n");
            w.write("# file back with --concordance FILE: corrections win. Put a spelling under itself to keep it apart.\n");
            w.write(HEADER);
            w.write('\n');
            for (Coverage.Spelling s : coverage.spellings()) {
                Coverage.Item item = coverage.item(s.key());
                SimilarItems.Match m = similar.get(s.key());
                w.write(String.join("\t", clean(s.text()), clean(item.name()), s.method().label(), String.format(java.util.Locale.ROOT, "%.2f", s.score()),
                        String.valueOf(s.entries()),
                        m == null ? "" : clean(coverage.item(m.key()).name()), m == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", m.score())));
                w.write('\n');
            }
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A cell with no tab or line break in it, so the row stays one row. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
