package org.gkml.extract.html;

import org.gkml.extract.ReadCancellation;
import org.gkml.extract.ExtractionLimits;
import org.gkml.extract.FileFormat;
import org.gkml.extract.TableExtractor;
import org.gkml.extract.TextDecoder;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML pages (and HTML tables saved under a .xls or .doc name, and saved web archives — MHT — whose page
 * is unpacked first). Blocks styled into a grid are read as tables ({@link GridBlocks}). The data tables are the
 * innermost tables of at least two rows and two columns: pages often wrap the catalog in layout tables. rowspan / colspan
 * are laid on a proper occupancy grid. Text before the first data table, with the page title, is the
 * preamble; other text outside data tables, in document order, the trailer.
 */
public final class HtmlExtractor implements TableExtractor {

    /** "_", "|", "｜", or a dash with spaces or Chinese characters around it: where a site's name is appended. */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s*(?:[_|｜]|\\s[-–—]+\\s|(?<=\\p{IsHan}|[)）])[-–—]+(?=\\p{IsHan}))\\s*");
    /** A breadcrumb ("首页 > 政务公开 > …") may repeat the page's title without being its heading. */
    private static final Pattern BREADCRUMB = Pattern.compile("[>»›→]");
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String format() {
        return FileFormat.HTML.id();
    }

    @Override
    public ExtractedDocument extract(Path file, byte[] content) throws UnreadableFileException {
        String name = file.getFileName().toString();
        List<Warning> warnings = new ArrayList<>();
        String mimeCharset = null;
        if (MimeArchive.looksLikeMime(content)) {
            MimeArchive.Page page = MimeArchive.htmlPage(content).orElseThrow(() -> new UnreadableFileException(file, format(),
                    "this saved web archive (MHT) holds no web page; open it in a browser or Word and save it as HTML or DOCX"));
            content = page.bytes();
            mimeCharset = page.charset();
        }
        String html = decode(file, content, mimeCharset, warnings);
        Document doc = Jsoup.parse(html);
        GridBlocks.tabulate(doc);
        HiddenElements.removeFromTables(doc);
        Set<Element> dataTables = dataTables(doc);
        if (dataTables.isEmpty()) {
            throw new UnreadableFileException(file, format(), "the page has no table of at least two rows and two columns; "
                    + "gkml reads catalogs laid out as tables");
        }
        List<TextLine> preamble = new ArrayList<>();
        List<TextLine> trailer = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        String title = pageTitle(doc.title());
        HtmlText.walk(doc.body(), dataTables::contains, new HtmlText.Sink() {
            /** The last line since the previous table: a section heading there heads the next table. */
            private String lastLine;

            @Override
            public void line(String text) {
                (tables.isEmpty() ? preamble : trailer).add(new TextLine(text, new Provenance(name, 0, 0, null)));
                lastLine = text;
            }

            /** A menu entry or a link list around the catalog (政府信息公开目录 in a portal's side menu) is no title. */
            @Override
            public void link(String text) {
            }

            @Override
            public void claimed(Element table) {
                Element caption = table.selectFirst("> caption");
                if (caption != null) {
                    for (String l : HtmlText.lines(caption)) line(l);
                }
                tables.add(grid(name, table, tables.size() + 1).headedBy(lastLine));
                lastLine = null;
            }
        });
        // The page's own heading is the catalog's title; <title> stands in only when the body has none.
        String shortTitle = title.replaceAll("(\\.{3}|…+)$", "");
        boolean headed = !shortTitle.isEmpty() && preamble.stream().map(l -> l.text().strip())
                .anyMatch(l -> l.contains(shortTitle) && !BREADCRUMB.matcher(l).find());
        if (!title.isEmpty() && !headed) preamble.add(0, new TextLine(title, new Provenance(name, 0, 0, "title")));
        return new ExtractedDocument(name, format(), preamble, tables, trailer, warnings);
    }

    /**
     * A page's &lt;title&gt; without the site's name that portals append ("…目录_香山街道_厦门市翔安区人民政府",
     * "…目录-XX县人民政府门户网站"): the text before the first such separator.
     */
    static String pageTitle(String title) {
        String t = title == null ? "" : title.strip();
        String[] parts = SITE_SEPARATOR.split(t);
        for (String p : parts) if (!p.isBlank()) return p.strip();
        return "";
    }

    /**
     * The charset a MIME part header or a meta tag declares (GB2312 / GBK read as their superset GB18030),
     * else the text decoder's evidence. A byte-order mark overrides both.
     */
    static String decode(Path file, byte[] content, String mimeCharset, List<Warning> warnings) throws UnreadableFileException {
        boolean bom = content.length >= 2 && ((content[0] & 0xFF) == 0xEF || (content[0] & 0xFF) == 0xFF || (content[0] & 0xFF) == 0xFE);
        if (!bom) {
            String declaredName = mimeCharset;
            if (declaredName == null) {
                Matcher m = META_CHARSET.matcher(new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1));
                if (m.find()) declaredName = m.group(1);
            }
            Charset declared = declaredName == null ? null : charset(declaredName);
            if (declared != null) {
                try {
                    return declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
                } catch (CharacterCodingException e) {
                    warnings.add(new Warning(WarningCode.CHARSET_MISMATCH, "the page declares charset " + declaredName
                            + " but its bytes are not in it; the encoding was worked out from the bytes", null));
                }
            }
        }
        String text = TextDecoder.decode(file, content).text();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("gb_2312-80")) n = "GB18030";
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Innermost tables that look like data: at least 2 × 2 cells, and no such table inside them. */
    private static Set<Element> dataTables(Document doc) {
        Set<Element> looksLikeData = new HashSet<>();
        for (Element t : doc.select("table")) {
            List<Element> rows = rows(t);
            if (rows.size() >= 2 && rows.stream().anyMatch(r -> cells(r).size() >= 2) || isHeaderStrip(rows)) looksLikeData.add(t);
        }
        Set<Element> out = new java.util.LinkedHashSet<>();
        for (Element t : doc.select("table")) {
            if (!looksLikeData.contains(t)) continue;
            boolean hasInner = t.select("table").stream().anyMatch(inner -> inner != t && looksLikeData.contains(inner));
            if (!hasInner) out.add(t);
        }
        return out;
    }

    /**
     * One row of three cells or more without links: an old CMS prints a catalog's header as a table of its own
     * above the table of rows (a navigation bar is links, and stays text).
     */
    private static boolean isHeaderStrip(List<Element> rows) {
        return rows.size() == 1 && cells(rows.get(0)).size() >= HEADER_STRIP_CELLS && rows.get(0).select("a[href]").isEmpty();
    }

    private static final int HEADER_STRIP_CELLS = 3;

    /** The table's own rows (not those of nested tables), through thead / tbody / tfoot. */
    static List<Element> rows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element c : table.children()) {
            switch (c.normalName()) {
                case "tr" -> out.add(c);
                case "thead", "tbody", "tfoot" -> {
                    for (Element r : c.children()) if (r.normalName().equals("tr")) out.add(r);
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static List<Element> cells(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Element c : tr.children()) if (c.normalName().equals("td") || c.normalName().equals("th")) out.add(c);
        return out;
    }

    /** Lays the cells on the grid: a cell takes the first free column of its row, rowspans reserve the rows below. */
    static Table grid(String file, Element table, int number) {
        List<Element> rows = rows(table);
        List<BitSet> taken = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) taken.add(new BitSet());
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            ReadCancellation.check();
            int c = 0;
            for (Element td : cells(rows.get(r))) {
                c = taken.get(r).nextClearBit(c);
                int colSpan = span(td.attr("colspan"), 1);
                int rowSpan = span(td.attr("rowspan"), 1);
                if (td.attr("rowspan").strip().equals("0")) rowSpan = rows.size() - r; // HTML: to the end of the table
                rowSpan = Math.min(rowSpan, rows.size() - r);
                colSpan = Math.min(colSpan, ExtractionLimits.MAX_COLUMNS - c);
                if (colSpan < 1) break;
                for (int rr = r; rr < r + rowSpan; rr++) taken.get(rr).set(c, c + colSpan);
                String text = String.join("\n", HtmlText.cellLines(td));
                String ref = "table " + number + " r" + (r + 1) + "c" + (c + 1);
                cells.add(new Cell(r, c, rowSpan, colSpan, text, Provenance.ofCell(file, number, ref)));
                c += colSpan;
            }
        }
        return new Table(cells);
    }

    private static int span(String attr, int fallback) {
        try {
            int v = Integer.parseInt(attr.strip());
            return v >= 1 ? Math.min(v, ExtractionLimits.MAX_COLUMNS) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
