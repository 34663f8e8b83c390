package org.gkml.extract.office;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.ReadCancellation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.hwpf.model.FFData;
import org.apache.poi.hwpf.model.NilPICFAndBinData;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.util.LittleEndian;
import org.gkml.extract.FileFormat;
import org.gkml.extract.OfficeFailures;
import org.gkml.extract.TableExtractor;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * DOC (Word 97–2003) through POI's HWPF. A DOC table stores each row's cells with their edges, not a grid:
 * the grid columns are the distinct cell edges of the whole table, and a cell spans the columns between its
 * edges. Merge flags (vertical, and the old horizontal ones) extend the neighbouring cell. Symbol runs and
 * form checkboxes are read as in DOCX.
 */
public final class DocExtractor implements TableExtractor {

    /** Cell edges closer than this (in twips, 1/1440 inch) are the same grid line. */
    private static final int EDGE_TOLERANCE = 30;

    private final SymbolGlyphs symbols;

    public DocExtractor(Mappings mappings) {
        this.symbols = new SymbolGlyphs(mappings.file("symbol-glyphs.tsv"));
    }

    @Override
    public String format() {
        return FileFormat.DOC.id();
    }

    @Override
    public ExtractedDocument extract(Path file, byte[] content) throws UnreadableFileException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content))) {
            return new Reader(file, doc, symbols).read();
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.fromPoi(file, format(), e);
        }
    }

    /** A DOC file whose OLE2 container is already open (by format detection): the same as from its bytes. */
    public ExtractedDocument extract(Path file, DirectoryNode root) throws UnreadableFileException {
        try (HWPFDocument doc = new HWPFDocument(root)) {
            return new Reader(file, doc, symbols).read();
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.fromPoi(file, format(), e);
        }
    }

    private static final class Reader {
        private final Path file;
        private final String name;
        private final HWPFDocument doc;
        private final SymbolGlyphs symbols;
        private final Set<String> unknownSymbols = new TreeSet<>();
        private final DocListNumbering numbering = new DocListNumbering();

        Reader(Path file, HWPFDocument doc, SymbolGlyphs symbols) {
            this.symbols = symbols;
            this.file = file;
            this.name = file.getFileName().toString();
            this.doc = doc;
        }

        private final List<TextLine> preamble = new ArrayList<>();
        private final List<TextLine> trailer = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private String lastLine; // a section heading just above a table heads it

        ExtractedDocument read() throws UnreadableFileException {
            Range range = doc.getRange();
            blocks(range, 0, range.numParagraphs(), 0);
            if (tables.isEmpty()) {
                throw new UnreadableFileException(file, FileFormat.DOC.id(), "the document has no table; gkml reads catalogs laid out as tables");
            }
            List<Warning> warnings = new ArrayList<>();
            if (!unknownSymbols.isEmpty()) {
                warnings.add(new Warning(WarningCode.UNKNOWN_SYMBOL, "symbol characters without a glyph in symbol-glyphs.tsv, kept as "
                        + "private-use characters: " + String.join(", ", unknownSymbols), new Provenance(name, 0, 0, null)));
            }
            return new ExtractedDocument(name, FileFormat.DOC.id(), preamble, tables, trailer, warnings);
        }

        /**
         * Paragraphs from..to (exclusive) standing at table level {@code level} (0: the body): text lines, and the
         * tables one level deeper, each read whole. A table that is only a frame around another (a layout table,
         * one cell a row, as Word keeps a web page's) is looked through, as its DOCX reader does.
         */
        private void blocks(Range range, int from, int to, int level) {
            for (int i = from; i < to; i++) {
                ReadCancellation.check();
                Paragraph p = range.getParagraph(i);
                if (p.isInTable() && p.getTableLevel() > level) {
                    org.apache.poi.hwpf.usermodel.Table t = range.getTable(p);
                    int count = Math.max(1, t.numParagraphs());
                    if (isLayoutFrame(t)) {
                        blocks(range, i, Math.min(to, i + count), t.getTableLevel());
                    } else {
                        Table table = table(t, tables.size() + 1).headedBy(lastLine);
                        lastLine = null;
                        if (table.rowCount() > 0) tables.add(table);
                    }
                    i += count - 1;
                    continue;
                }
                String line = CONTROL.matcher(paragraphText(p)).replaceAll("").strip();
                if (line.isEmpty()) continue;
                TextLine t = new TextLine(line, new Provenance(name, 0, 0, "paragraph " + (i + 1)));
                (tables.isEmpty() ? preamble : trailer).add(t);
                lastLine = line;
            }
        }

        /** Control characters {@link #paragraphText} passes on (note and comment reference marks): no part of a line. */
        private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

        /** One cell a row, holding a deeper table: a frame drawn around the content, not a catalog table. */
        private static boolean isLayoutFrame(org.apache.poi.hwpf.usermodel.Table t) {
            boolean nested = false;
            for (int r = 0; r < t.numRows(); r++) if (t.getRow(r).numCells() != 1) return false;
            for (int k = 0; k < t.numParagraphs(); k++) nested |= t.getParagraph(k).getTableLevel() > t.getTableLevel();
            return nested;
        }

        private Table table(org.apache.poi.hwpf.usermodel.Table t, int number) {
            List<Integer> edges = new ArrayList<>();
            for (int r = 0; r < t.numRows(); r++) {
                ReadCancellation.check();
                TableRow row = t.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    edges.add(cell.getLeftEdge());
                    edges.add(cell.getLeftEdge() + cell.getWidth());
                }
            }
            List<Integer> grid = gridLines(edges);
            SpanningTableBuilder b = new SpanningTableBuilder(name, number);
            for (int r = 0; r < t.numRows(); r++) {
                ReadCancellation.check();
                TableRow row = t.getRow(r);
                b.startRow();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    int col = gridIndex(grid, cell.getLeftEdge());
                    int span = Math.max(1, gridIndex(grid, cell.getLeftEdge() + cell.getWidth()) - col);
                    String text = cellText(cell);
                    if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) b.continueAbove(col, span, text);
                    else if (cell.isMerged() && !cell.isFirstMerged()) b.continueLeft(col, span, text);
                    else b.cell(col, span, text);
                }
            }
            return b.build();
        }

        private static List<Integer> gridLines(List<Integer> edges) {
            List<Integer> sorted = edges.stream().sorted().toList();
            List<Integer> lines = new ArrayList<>();
            for (int e : sorted) {
                if (lines.isEmpty() || e - lines.get(lines.size() - 1) > EDGE_TOLERANCE) lines.add(e);
            }
            return lines;
        }

        private static int gridIndex(List<Integer> lines, int edge) {
            int best = 0;
            for (int i = 1; i < lines.size(); i++) {
                if (Math.abs(lines.get(i) - edge) < Math.abs(lines.get(best) - edge)) best = i;
            }
            return best;
        }

        private String cellText(TableCell cell) {
            List<String> lines = new ArrayList<>();
            for (int k = 0; k < cell.numParagraphs(); k++) lines.add(paragraphText(cell.getParagraph(k)).strip());
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
            while (!lines.isEmpty() && lines.get(0).isEmpty()) lines.remove(0);
            return String.join("\n", lines);
        }

        /**
         * A paragraph's visible text. Word's binary text marks fields as 0x13 instruction 0x14 result 0x15;
         * only results are shown. A form checkbox is the special character 0x01 inside the instruction,
         * its state in the data stream (FFData). Text deleted under revision marks or formatted hidden is neither
         * shown nor printed by Word, so it is not read.
         */
        private String paragraphText(Paragraph p) {
            String label = numbering.label(p);
            StringBuilder out = new StringBuilder();
            Deque<Boolean> inInstruction = new ArrayDeque<>();
            for (int k = 0; k < p.numCharacterRuns(); k++) {
                CharacterRun run = p.getCharacterRun(k);
                if (run.isMarkedDeleted() || run.isVanished()) continue;
                if (run.isSymbol()) {
                    if (inInstruction.contains(true)) continue;
                    String font = run.getSymbolFont() == null ? null : run.getSymbolFont().getMainFontName();
                    int code = run.getSymbolCharacter();
                    String glyph = symbols.glyph(font, code).orElse(null);
                    if (glyph != null) out.append(glyph);
                    else {
                        out.append((char) (code < 0x100 ? code | 0xF000 : code));
                        unknownSymbols.add(font + " U+" + String.format("%04X", code < 0x100 ? code | 0xF000 : code));
                    }
                    continue;
                }
                String text = run.text();
                String font = run.getFontName();
                boolean symbolFont = symbols.isSymbolFont(font);
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    switch (c) {
                        case 0x13 -> inInstruction.push(true);
                        case 0x14 -> {
                            if (!inInstruction.isEmpty()) {
                                inInstruction.pop();
                                inInstruction.push(false);
                            }
                        }
                        case 0x15 -> {
                            if (!inInstruction.isEmpty()) inInstruction.pop();
                        }
                        case 0x01 -> {
                            if (run.isSpecialCharacter()) formCheckbox(run).ifPresent(out::append);
                        }
                        case '\r', 0x07, 0x08, 0x1F, 0x0C -> {
                        }
                        case 0x0B -> {
                            if (!inInstruction.contains(true)) out.append('\n');
                        }
                        case 0x1E -> {
                            if (!inInstruction.contains(true)) out.append('-');
                        }
                        default -> {
                            if (inInstruction.contains(true)) break;
                            if (symbolFont) {
                                StringBuilder unknown = new StringBuilder();
                                out.append(symbols.mapRunText(font, String.valueOf(c), unknown));
                                unknown.chars().forEach(u -> unknownSymbols.add(font + " U+" + String.format("%04X", u < 0x100 ? u | 0xF000 : u)));
                            } else {
                                out.append(c);
                            }
                        }
                    }
                }
            }
            return WordListNumbering.labelled(label, out.toString());
        }

        /** ☑ or □ for a form checkbox's data; empty for other form fields or unreadable data. */
        private java.util.Optional<String> formCheckbox(CharacterRun run) {
            try {
                byte[] data = new NilPICFAndBinData(doc.getDataStream(), run.getPicOffset()).getBinData();
                if (data == null || data.length < 10) return java.util.Optional.empty();
                int bits = LittleEndian.getUShort(data, 4);
                int type = bits & 0x3;
                int result = (bits >> 2) & 0x1F;
                if (type != 1) return java.util.Optional.empty();
                int state = result == 25 ? new FFData(data, 0).getDefaultDropDownItemIndex() : result;
                return java.util.Optional.of(state == 1 ? DocxText.CHECKED : DocxText.UNCHECKED);
            } catch (RuntimeException e) {
                return java.util.Optional.empty(); // not form-field data: an embedded object's marker
            }
        }
    }
}
