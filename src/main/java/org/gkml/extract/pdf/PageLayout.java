package org.gkml.extract.pdf;

import org.gkml.extract.ReadCancellation;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;
import org.gkml.vocabulary.HeaderLexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The table assembly of fixed-layout pages, whatever file they came from (PDF through {@link PageReader}, OFD
 * through its reader): from each page's glyph boxes and ruling lines, tables are rebuilt on the ruled grid
 * ({@link RulingGrid}) and joined across pages ({@link TableAssembler}); the text above the first table is the
 * preamble, the text after the last one the trailer. Pages without ruled tables are read by text alignment,
 * with a warning.
 */
public final class PageLayout {

    /** Rulings on a page beyond which it is a drawing, not a table. */
    static final int MAX_RULINGS = 5_000;
    private final String file;
    private final List<PageContent> pages;
    private final List<Warning> warnings;
    private final LayoutCodes codes;
    private final HeaderLexicon headers;

    private PageLayout(String file, List<PageContent> pages, List<Warning> warnings, LayoutCodes codes, HeaderLexicon headers) {
        this.file = file;
        this.pages = pages;
        this.warnings = warnings;
        this.codes = codes;
        this.headers = headers;
    }

    /**
     * One catalog from its pages, in page order.
     *
     * @param file     the file's name, for provenance
     * @param format   the format the document reports
     * @param warnings warnings of the reading so far; the assembly adds its own to this list
     * @param codes    the codes of the assembly's own warnings, the format's
     * @param headers  the header vocabulary, which finds the columns of a page without lines whose text leaves
     *                 no white space between them
     */
    public static ExtractedDocument document(String file, String format, List<PageContent> pages, List<Warning> warnings,
                                             LayoutCodes codes, HeaderLexicon headers) {
        return new PageLayout(file, pages, warnings, codes, headers).document(format);
    }
    private ExtractedDocument document(String format) {
        List<Fragment> fragments = new ArrayList<>();
        // text outside the tables, in page order, with the index of the fragments before it
        List<Placed> outside = new ArrayList<>();
        for (PageContent pc : pages) {
            ReadCancellation.check();
            List<RulingGrid.PageTable> tables = pc.rulings().size() > MAX_RULINGS ? List.of() : RulingGrid.tables(pc.rulings());
            if (fragments.isEmpty() && !tables.isEmpty() && isLayoutBox(tables.get(0))) tables = tables.subList(1, tables.size());
            if (pc.rulings().size() > MAX_RULINGS) {
                warnings.add(new Warning(codes.tooManyLines(), "page " + pc.page() + " has " + pc.rulings().size()
                        + " lines; read as text, not as a ruled table", new Provenance(file, pc.page(), 0, null)));
            }
            List<Glyph> free = new ArrayList<>();
            List<List<Glyph>> inCells = glyphsByCell(tables, pc.glyphs(), free);
            int index = 0;
            int firstFragment = fragments.size();
            for (RulingGrid.PageTable t : tables) {
                List<Fragment.CellText> texts = new ArrayList<>();
                for (RulingGrid.Box b : t.boxes()) texts.add(cellText(b, inCells.get(index++)));
                fragments.add(new Fragment(pc.page(), t, texts));
            }
            for (TextLines.Line line : TextLines.lines(free)) {
                String text = line.text();
                if (PageNumberLine.matches(text)) continue;
                int before = firstFragment;
                for (RulingGrid.PageTable t : tables) if (t.top() < line.top()) before++;
                outside.add(new Placed(pc.page(), before, line));
            }
        }
        if (fragments.isEmpty()) return byAlignment(format);
        int pageStep = 1;
        Optional<ColumnSlices.Stitched> sideBySide = ColumnSlices.stitch(fragments);
        if (sideBySide.isPresent()) {
            ColumnSlices.Stitched st = sideBySide.get();
            outside = besideSlices(outside, fragments, st);
            warnings.add(new Warning(codes.columnsAcrossPages(), "the table's columns are printed on " + st.slices()
                    + " runs of pages (a sheet wider than the paper); each page's columns were read beside those of the pages with the same rows",
                    new Provenance(file, fragments.get(st.secondSliceStart()).page(), 0, null)));
            fragments = st.pages();
            pageStep = st.pageStep();
        }
        Set<String> furniture = runningHeadersAndFooters(outside);

        // The last line before a table that starts a group may be its section heading (一、机构信息).
        Map<Integer, Placed> lastBefore = new HashMap<>();
        for (Placed p : outside) if (!furniture.contains(p.line.text())) lastBefore.put(p.fragmentsBefore, p);
        Set<Placed> headings = new HashSet<>();
        List<Table> tables = new ArrayList<>();
        int first = 0;
        for (List<Fragment> g : oneTableEach(fragments, outside, furniture, pageStep)) {
            Placed above = lastBefore.get(first);
            Table t = TableAssembler.assemble(file, g);
            Table headed = above == null ? t : t.headedBy(above.line.text());
            if (headed != t) headings.add(above);
            tables.add(headed);
            first += g.size();
        }

        List<TextLine> preamble = new ArrayList<>(), trailer = new ArrayList<>();
        int fragmentCount = fragments.size();
        Set<String> seen = new HashSet<>();
        for (Placed p : outside) {
            if (furniture.contains(p.line.text()) && !seen.add(numberless(p.line.text()))) continue;
            TextLine tl = new TextLine(p.line.text(), new Provenance(file, p.page, 0, null));
            if (p.fragmentsBefore == 0) preamble.add(tl);
            else if (p.fragmentsBefore == fragmentCount) trailer.add(tl);
            else if (!headings.contains(p) && !furniture.contains(p.line.text())) {
                warnings.add(new Warning(codes.textBetweenTables(), "text between tables not kept: " + p.line.text(),
                        new Provenance(file, p.page, 0, null)));
            }
        }
        return new ExtractedDocument(file, format, preamble, tables, trailer, warnings);
    }

    /**
     * The text glyphs of a page, per cell of its tables (one list per box, the tables' boxes in order);
     * glyphs in no cell go to {@code free}.
     */
    private static List<List<Glyph>> glyphsByCell(List<RulingGrid.PageTable> tables, List<Glyph> glyphs, List<Glyph> free) {
        List<List<Glyph>> inCells = new ArrayList<>();
        for (RulingGrid.PageTable t : tables) {
            for (int i = 0; i < t.boxes().size(); i++) inCells.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            if (g.text() == null) continue;
            int index = 0;
            boolean placed = false;
            for (RulingGrid.PageTable t : tables) {
                int box = t.boxAt(g.centreX(), g.centreY());
                if (box >= 0) {
                    inCells.get(index + box).add(g);
                    placed = true;
                    break;
                }
                index += t.boxes().size();
            }
            if (!placed) free.add(g);
        }
        return inCells;
    }

    /**
     * Text outside the tables, placed among the fragments once the column slices are side by side: a line on a
     * slice's last page below its table is under the whole table; one above a later slice's first table is above it.
     */
    private static List<Placed> besideSlices(List<Placed> outside, List<Fragment> fragments, ColumnSlices.Stitched st) {
        int pages = st.pages().size();
        List<Placed> out = new ArrayList<>();
        for (Placed p : outside) {
            int before = p.fragmentsBefore;
            int placed;
            if (before == 0) placed = 0;
            else if (before == fragments.size()) placed = pages;
            else if (!st.downThenOver()) placed = (before + st.slices() - 1) / st.slices(); // within a group: after it
            else if (before % pages != 0) placed = before % pages;
            else placed = p.page == fragments.get(before - 1).page() ? pages : 0;
            out.add(new Placed(p.page, placed, p.line));
        }
        return out;
    }

    /** Fragments on consecutive pages with the same columns, nothing but page furniture between: one table. */
    private static List<List<Fragment>> oneTableEach(List<Fragment> fragments, List<Placed> outside, Set<String> furniture, int pageStep) {
        List<List<Fragment>> groups = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            ReadCancellation.check();
            Fragment f = fragments.get(i);
            List<Fragment> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && i > 0 && joinable(fragments, i, outside, furniture, pageStep) && TableAssembler.continues(last.get(last.size() - 1), f)) {
                last.add(f);
            } else {
                groups.add(new ArrayList<>(List.of(f)));
            }
        }
        return groups;
    }

    /**
     * Fragment i may continue fragment i-1: next page (or the page a step of pages on, where each fragment stands
     * for a group of pages printed over, then down), nothing but page furniture between them.
     */
    private static boolean joinable(List<Fragment> fragments, int i, List<Placed> outside, Set<String> furniture, int pageStep) {
        Fragment prev = fragments.get(i - 1), next = fragments.get(i);
        if (next.page() != prev.page() + pageStep) return false;
        for (Placed p : outside) if (p.fragmentsBefore == i && !furniture.contains(p.line.text())) return false;
        return true;
    }

    /**
     * A ruled box too small to be a catalog table, such as a portal page's search box printed by a browser
     * (请输入关键词 | 搜索): one row of at most {@value #LAYOUT_BOX_COLUMNS} cells. Before the document's first table
     * its text is read as lines, so that what follows it (the catalog's title) is not taken for text between two
     * tables; after it, such a row may be a table's last row alone on a page.
     */
    private static boolean isLayoutBox(RulingGrid.PageTable t) {
        return t.ys().length == 2 && t.xs().length - 1 <= LAYOUT_BOX_COLUMNS;
    }

    private static final int LAYOUT_BOX_COLUMNS = 3;

    /**
     * Lines outside the tables that recur on several pages: running headers and footers. Also the first or last
     * line of each page that recurs with other numbers, as a browser prints the address and 1/4, 2/4 … at every
     * page's foot.
     */
    private static Set<String> runningHeadersAndFooters(List<Placed> outside) {
        Map<String, Set<Integer>> pagesByText = new HashMap<>();
        for (Placed p : outside) pagesByText.computeIfAbsent(p.line.text(), t -> new HashSet<>()).add(p.page);
        Set<String> out = new HashSet<>();
        pagesByText.forEach((text, pages) -> {
            if (pages.size() >= 2) out.add(text);
        });
        Map<String, List<Placed>> edgeLinesByPattern = new HashMap<>();
        for (Placed p : pageEdgeLines(outside)) edgeLinesByPattern.computeIfAbsent(numberless(p.line.text()), k -> new ArrayList<>()).add(p);
        edgeLinesByPattern.forEach((pattern, lines) -> {
            boolean severalPages = lines.stream().map(Placed::page).distinct().count() >= 2;
            if (severalPages && !pattern.equals("#")) lines.forEach(l -> out.add(l.line.text()));
        });
        return out;
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** A line with its numbers masked: a running footer's lines differ only in them (1/4, 2/4 …). */
    private static String numberless(String text) {
        return DIGITS.matcher(text).replaceAll("#");
    }

    /** The topmost and the bottommost line outside the tables on each page. */
    private static List<Placed> pageEdgeLines(List<Placed> outside) {
        Map<Integer, Placed> top = new HashMap<>(), bottom = new HashMap<>();
        for (Placed p : outside) {
            top.merge(p.page, p, (a, b) -> b.line.top() < a.line.top() ? b : a);
            bottom.merge(p.page, p, (a, b) -> b.line.top() > a.line.top() ? b : a);
        }
        List<Placed> out = new ArrayList<>(top.values());
        for (Placed p : bottom.values()) if (!out.contains(p)) out.add(p);
        return out;
    }

    private static Fragment.CellText cellText(RulingGrid.Box box, List<Glyph> glyphs) {
        List<TextLines.Line> lines = TextLines.lines(glyphs);
        String text = TextLines.cellText(lines, box.x0(), box.x1());
        if (text.isBlank()) return new Fragment.CellText(box, "", Double.POSITIVE_INFINITY, 0);
        double bottom = glyphs.stream().mapToDouble(Glyph::y1).max().orElse(box.y1());
        double size = glyphs.stream().mapToDouble(Glyph::size).max().orElse(0);
        double confidence = glyphs.stream().mapToDouble(Glyph::confidence).filter(c -> !Double.isNaN(c)).min().orElse(Double.NaN);
        return new Fragment.CellText(box, text, box.y1() - bottom, size, linePitch(lines), confidence);
    }

    /** The median distance between the tops of a cell's successive lines; 0 for one line. */
    private static double linePitch(List<TextLines.Line> lines) {
        if (lines.size() < 2) return 0;
        double[] steps = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) steps[i - 1] = lines.get(i).top() - lines.get(i - 1).top();
        Arrays.sort(steps);
        return steps[steps.length / 2];
    }

    private ExtractedDocument byAlignment(String format) {
        List<TextLine> lines = new ArrayList<>(), trailer = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        HeaderAlignedTable.Columns columns = null;
        for (PageContent pc : pages) {
            TextAlignmentTable.Result r = TextAlignmentTable.read(file, pc.page(), pc.glyphs(), headers::isKnown);
            // wrapped, centred cells leave no white space between columns: take them from the header, also
            // where the strips found a header but its labels show more columns than the strips do
            TextAlignmentTable.Result byHeader = HeaderAlignedTable.read(file, pc.page(), pc.glyphs(), headers);
            if (byHeader != null && (!hasCatalogHeader(r.table()) || byHeader.table().columnCount() > r.table().columnCount())) {
                r = byHeader;
            }
            Table previous = tables.isEmpty() ? null : tables.get(tables.size() - 1);
            // nothing but page numbers since the last table: a table on this page may go on with it
            boolean onlyPageNumbers = trailer.stream().allMatch(l -> PageNumberLine.matches(l.text()));
            if (byHeader == null && columns != null && previous != null && onlyPageNumbers && !hasCatalogHeader(r.table())) {
                // no header on this page: the table of the page before goes on in its columns
                TextAlignmentTable.Result next = HeaderAlignedTable.continuation(file, pc.page(), pc.glyphs(), columns, headers);
                if (next != null) {
                    tables.set(tables.size() - 1, TextAlignmentTable.append(previous, next.table()));
                    trailer.addAll(next.after());
                    continue;
                }
            }
            columns = r.columns();
            if (r.table() == null) {
                for (TextLines.Line l : TextLines.lines(pc.glyphs())) {
                    if (PageNumberLine.matches(l.text())) continue;
                    (tables.isEmpty() ? lines : trailer).add(new TextLine(l.text(), new Provenance(file, pc.page(), 0, null)));
                }
                continue;
            }
            // the same columns on the next page: the table goes on (lines above it are its header's
            // top line, which the alignment could not place)
            if (previous != null && onlyPageNumbers && previous.columnCount() == r.table().columnCount()) {
                tables.set(tables.size() - 1, TextAlignmentTable.append(previous, r.table()));
            } else {
                (tables.isEmpty() ? lines : trailer).addAll(r.before());
                tables.add(r.table());
            }
            trailer.addAll(r.after());
        }
        if (tables.isEmpty()) return new ExtractedDocument(file, format, lines, List.of(), List.of(), warnings);
        warnings.add(new Warning(codes.tableFromAlignment(),
                "table rebuilt from text alignment, lower confidence (the " + format.toUpperCase(java.util.Locale.ROOT) + " draws no table lines)", new Provenance(file, 0, 0, null)));
        return new ExtractedDocument(file, format, lines, tables, trailer, warnings);
    }

    /** Labels in a table's top rows that show its columns were found: fewer, and the strips missed them. */
    private static final int HEADER_LABELS = 3;
    private static final int HEADER_ROWS = 3;

    /** Whether the strip-based table has rows under top rows holding enough known header labels: it found the columns. */
    private boolean hasCatalogHeader(Table table) {
        if (table == null || table.rowCount() < 2) return false;
        int labels = 0;
        for (org.gkml.table.Cell c : table.cells()) {
            if (c.row() < HEADER_ROWS && headers.isKnownLabel(c.text())) labels++;
        }
        return labels >= HEADER_LABELS;
    }

    /** A line outside the tables, and how many table fragments come before it in the document. */
    private record Placed(int page, int fragmentsBefore, TextLines.Line line) {
    }
}
