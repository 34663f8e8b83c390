package org.gkml.extract.text;

import org.gkml.extract.FileFormat;
import org.gkml.extract.ReadCancellation;
import org.gkml.catalog.Field;
import org.gkml.catalog.Simplified;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds the table of a PDF exported to plain text, where every cell was wrapped to its column's width
 * and the cells come out one after another, row by row. The header is glued back from its wrapped labels
 * ({@link FlowHeader}); 序号 numbers anchor the rows; each row's pieces are placed into columns by
 * {@link FlowRowSolver}, twice more after column widths are learned from the first placement.
 */
final class FlowTextReader {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\f\\u3000\\u00A0]+");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,4}");
    private static final Pattern UNIT_AFTER_NUMBER = Pattern.compile("^(个(工作)?日|个月|工作日|日(内|起|前|之)|日$|天|月|号)");
    private static final Pattern TRAILER_START = Pattern.compile("^(备注|注|说明)[:：]");
    private static final int MIN_HEADER_LABELS = 3;
    /**
     * A catalog's header comes before its rows, after at most a notice of a few pages; testing every line of a
     * long text as a header start costs a word segmentation per piece (a million lines took minutes).
     */
    static final int HEADER_SEARCH_LINES = 5_000;
    private static final int PASSES = 3;
    private static final String FORMAT = FileFormat.TextLayout.PDF_FLOW.id();

    private final TextVocabulary vocabulary;
    private final Path file;
    private final String name;
    private final List<Warning> warnings = new ArrayList<>();

    /** One numbered row: its 序号 piece (or null) and the pieces after it. */
    private record RowGroup(Fragment seq, List<Fragment> pieces) {
    }

    FlowTextReader(TextVocabulary vocabulary, Path file) {
        this.vocabulary = vocabulary;
        this.file = file;
        this.name = file.getFileName().toString();
    }

    ExtractedDocument read(List<String> lines) throws UnreadableFileException {
        List<Fragment> fragments = fragments(lines);
        FlowHeader header = new FlowHeader(vocabulary.headers(), vocabulary.options());
        int start = -1;
        List<FlowHeader.Label> labels = List.of();
        for (int i = 0; i < fragments.size() && start < 0 && fragments.get(i).line() <= HEADER_SEARCH_LINES; i++) {
            if (!fragments.get(i).firstOnLine()) continue;
            List<FlowHeader.Label> found = header.labels(fragments, i);
            if (found.size() >= MIN_HEADER_LABELS) {
                start = i;
                labels = found;
            }
        }
        if (start < 0) {
            throw new UnreadableFileException(file, FORMAT, "no catalog table found (no header with 序号, 公开内容 … columns"
                    + (lines.size() > HEADER_SEARCH_LINES ? " in the first " + HEADER_SEARCH_LINES + " lines)" : ")"));
        }
        List<FlowHeader.Column> columns = header.columns(labels);
        int headerLine = fragments.get(start).line();
        List<TextLine> preamble = new ArrayList<>();
        for (int i = 0; i < headerLine - 1; i++) {
            String t = lines.get(i).strip();
            if (!t.isEmpty()) preamble.add(new TextLine(t, Provenance.ofLine(name, i + 1)));
        }
        int bodyStart = labels.get(labels.size() - 1).to();
        List<TextLine> trailer = new ArrayList<>();
        int bodyEnd = fragments.size();
        // A 注： in a cell (a channel list's "注：有关公开信息可推送…") is followed by the row's √ marks; the note under
        // the table is not.
        int lastTick = -1;
        for (int i = fragments.size() - 1; i >= bodyStart && lastTick < 0; i--) {
            if (FlowRowSolver.isTick(fragments.get(i).text())) lastTick = i;
        }
        for (int i = Math.max(bodyStart, lastTick + 1); i < fragments.size(); i++) {
            ReadCancellation.check();
            Fragment f = fragments.get(i);
            if (f.firstOnLine() && (TRAILER_START.matcher(Simplified.fold(f.text())).find() || isSiteFooter(lines.get(f.line() - 1)))) {
                bodyEnd = i;
                for (int l = f.line() - 1; l < lines.size(); l++) {
                    String t = lines.get(l).strip();
                    if (!t.isEmpty() && !vocabulary.furniture().matches(SPACES.matcher(t).replaceAll(""))) {
                        trailer.add(new TextLine(t, Provenance.ofLine(name, l + 1)));
                    }
                }
                break;
            }
        }
        List<Fragment> body = withoutPageFurniture(fragments.subList(bodyStart, bodyEnd), header, labels, preamble);
        List<RowGroup> groups = rowGroups(body, columns);
        if (groups.isEmpty()) throw new UnreadableFileException(file, FORMAT, "the table has a header but no numbered rows");
        Table table = new FlowTable(name, columns, warnings).build(place(groups, columns, ColumnWidths.fromHeader(labels, fragments)));
        return new ExtractedDocument(name, FORMAT, preamble, List.of(table), trailer, warnings);
    }

    /** Words of a portal page's footer (mappings/web-chrome.tsv) that make a printed page's last line no table text. */
    private static final int FOOTER_WORDS = 2;

    /** A portal page printed to PDF ends with the site's footer (网站地图 | 联系我们 主办单位：… ICP备…): not a row. */
    private boolean isSiteFooter(String line) {
        String t = SPACES.matcher(Simplified.fold(line)).replaceAll("");
        return vocabulary.footerWords().stream().filter(t::contains).count() >= FOOTER_WORDS;
    }

    /**
     * Drops what a multi-page PDF repeats on each page: page numbers (mappings/page-furniture.tsv), a running
     * title (a line equal to one of the preamble's), and the header rows printed again at the top of a page.
     */
    private List<Fragment> withoutPageFurniture(List<Fragment> body, FlowHeader header, List<FlowHeader.Label> labels,
                                                List<TextLine> preamble) {
        java.util.Set<String> labelTexts = new java.util.HashSet<>();
        for (FlowHeader.Label l : labels) labelTexts.add(l.text());
        java.util.Set<String> runningLines = new java.util.HashSet<>();
        for (TextLine l : preamble) runningLines.add(SPACES.matcher(l.text()).replaceAll(""));
        Map<Integer, String> lineText = new HashMap<>();
        for (Fragment f : body) lineText.merge(f.line(), f.text(), String::concat);
        List<Fragment> out = new ArrayList<>();
        List<Integer> pageStarts = new ArrayList<>();
        int dropped = 0;
        for (int i = 0; i < body.size(); i++) {
            ReadCancellation.check();
            Fragment f = body.get(i);
            String line = lineText.get(f.line());
            if (vocabulary.furniture().matches(line) || runningLines.contains(line)) {
                dropped++;
                continue;
            }
            // Gluing labels tries HanLP's reading of every few pieces; a repeat must begin with one of our labels.
            if (f.firstOnLine() && FlowHeader.startsWithOneOf(body, i, labelTexts)) {
                List<FlowHeader.Label> again = header.labels(body, i);
                if (again.size() >= MIN_HEADER_LABELS && again.stream().allMatch(l -> labelTexts.contains(l.text()))) {
                    int end = again.get(again.size() - 1).to();
                    pageStarts.add(out.size());
                    dropped += end - i;
                    i = end - 1;
                    continue;
                }
            }
            out.add(f);
        }
        int before = out.size();
        out = PageEndBlock.without(out, pageStarts);
        dropped += before - out.size();
        if (dropped > 0) {
            warnings.add(new Warning(WarningCode.PAGE_FURNITURE, dropped + " pieces of repeated page headers, titles or page numbers left out",
                    Provenance.ofLine(name, body.get(0).line())));
        }
        return out;
    }

    private List<Fragment> fragments(List<String> lines) {
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReadCancellation.check();
            boolean first = true;
            for (String piece : SPACES.split(lines.get(i).strip())) {
                if (piece.isEmpty()) continue;
                out.add(new Fragment(piece, i + 1, first));
                first = false;
            }
        }
        return out;
    }

    /** Splits the body at 序号 pieces: a number alone at a line start, the next in sequence (gaps of up to 2 allowed). */
    private List<RowGroup> rowGroups(List<Fragment> body, List<FlowHeader.Column> columns) {
        boolean hasSeq = columns.stream().anyMatch(c -> c.field() == Field.SEQ);
        List<RowGroup> groups = new ArrayList<>();
        Integer expected = null;
        RowGroup current = null;
        List<Fragment> stray = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            ReadCancellation.check();
            Fragment f = body.get(i);
            Fragment next = i + 1 < body.size() ? body.get(i + 1) : null;
            if (hasSeq && isAnchor(f, next, expected)) {
                current = new RowGroup(f, new ArrayList<>());
                groups.add(current);
                expected = Integer.parseInt(f.text()) + 1;
            } else if (current != null) {
                current.pieces().add(f);
            } else if (!hasSeq) {
                current = new RowGroup(null, new ArrayList<>(List.of(f)));
                groups.add(current);
            } else {
                stray.add(f);
            }
        }
        if (!stray.isEmpty()) {
            warnings.add(new Warning(WarningCode.UNREAD_HEADER_TEXT, "text between the header and the first row was not understood: "
                    + String.join(" ", stray.stream().map(Fragment::text).toList()), Provenance.ofLine(name, stray.get(0).line())));
        }
        groups.removeIf(g -> g.pieces().isEmpty());
        return groups;
    }

    /** The first row's 序号 is at most this: a larger number before any row is text (a count, a page number). */
    private static final int FIRST_SEQ_MAX = 2;
    /** A 序号 may run this far past the one expected (a row whose number the text lost); further, it is text in a cell. */
    private static final int SEQ_LEAP = 2;

    private static boolean isAnchor(Fragment f, Fragment next, Integer expected) {
        if (!f.firstOnLine() || !INTEGER.matcher(f.text()).matches()) return false;
        int n = Integer.parseInt(f.text());
        if (next != null && !next.firstOnLine() && UNIT_AFTER_NUMBER.matcher(Simplified.fold(next.text())).find()) return false;
        if (next != null && next.firstOnLine() && UNIT_AFTER_NUMBER.matcher(Simplified.fold(next.text())).find()) return false;
        return expected == null ? n <= FIRST_SEQ_MAX : n >= expected && n <= expected + SEQ_LEAP;
    }

    /** Places every row's pieces, learning column widths between passes. */
    private List<PlacedRow> place(List<RowGroup> groups, List<FlowHeader.Column> columns, Map<String, Double> headerWidths) {
        int cols = columns.size();
        double[] widths = new double[cols];
        for (int c = 0; c < cols; c++) widths[c] = headerWidths.getOrDefault(columns.get(c).label(), Double.NaN);
        int seqCol = -1;
        int wrapStart = 1;
        for (int c = 0; c < cols; c++) {
            Field f = columns.get(c).field();
            if (f == Field.SEQ && seqCol < 0) seqCol = c;
        }
        // Without 序号 anchors the whole body is one run of rows, so a new row may start at the first column.
        wrapStart = seqCol < 0 ? 0 : firstColumn(columns, Field.ITEM, firstColumn(columns, Field.CONTENT, 1));
        List<PlacedRow> placed = new ArrayList<>();
        // What does not depend on the widths is worked out in the first pass and kept for the others.
        SignalCache signals = new SignalCache(vocabulary.signals());
        List<Fragment> body = new ArrayList<>();
        for (RowGroup g : groups) {
            if (g.seq() != null) body.add(g.seq());
            body.addAll(g.pieces());
        }
        boolean paragraphs = FlowRowSolver.paragraphsMarkCells(body);
        // A numbered row ends at the next 序号: a remark the PDF drew after its marks is still its own (after
        // the blank lines are counted, which are the text's as written).
        if (seqCol >= 0) groups = groups.stream().map(g -> new RowGroup(g.seq(), vocabulary.notes().reorder(g.pieces()))).toList();
        List<RowCosts> rows = new ArrayList<>();
        for (RowGroup g : groups) {
            ReadCancellation.check();
            rows.add(new RowCosts(g.pieces(), vocabulary.breaks()));
        }
        boolean numbersGroups = false;
        for (int pass = 0; pass < PASSES; pass++) {
            FlowRowSolver solver = new FlowRowSolver(vocabulary, signals, columns, widths, wrapStart, paragraphs, numbersGroups);
            placed.clear();
            for (int r = 0; r < groups.size(); r++) {
                ReadCancellation.check();
                RowGroup g = groups.get(r);
                placed.add(new PlacedRow(g.seq(), g.pieces(), solver.solve(rows.get(r), g.seq() == null ? -1 : seqCol), seqCol));
            }
            widths = ColumnWidths.learn(vocabulary.breaks(), placed, cols, widths);
            numbersGroups = seqCol >= 0 && SeqNumbersGroups.numbersGroups(placed, wrapStart);
        }
        return placed;
    }

    private static int firstColumn(List<FlowHeader.Column> columns, Field f, int otherwise) {
        for (int c = 0; c < columns.size(); c++) if (columns.get(c).field() == f && !columns.get(c).isTick()) return c;
        return otherwise;
    }

    /** One row group after placement. */
    record PlacedRow(Fragment seq, List<Fragment> pieces, FlowRowSolver.Placement placement, int seqCol) {
    }
}
