package org.gkml.extract.office;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.ReadCancellation;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.gkml.extract.ExtractionLimits;
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
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DOCX: POI opens the package (with its zip-bomb limits) and finds the main document part, which is parsed
 * with the JDK's DOM (POI's secure settings) and walked as WordprocessingML — the XWPF objects are not used
 * because the parts that matter here — merges (gridSpan, vMerge, gridBefore), symbol characters,
 * checkbox content controls and tables inside block content controls — are not all exposed by POI's
 * XWPF objects. A one-column frame table around the catalog is looked through. Paragraphs before the first table are the preamble; other paragraphs outside tables, in
 * document order, the trailer.
 */
public final class DocxExtractor implements TableExtractor {

    private final SymbolGlyphs symbols;

    public DocxExtractor(Mappings mappings) {
        this.symbols = new SymbolGlyphs(mappings.file("symbol-glyphs.tsv"));
    }

    @Override
    public String format() {
        return FileFormat.DOCX.id();
    }

    @Override
    public ExtractedDocument extract(Path file, byte[] content) throws UnreadableFileException {
        ExtractionLimits.applyToPoi();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            PackagePart main = mainPart(file, pkg);
            Element body = WordXml.wChild(parse(main), "body");
            if (body == null) throw new UnreadableFileException(file, format(), "the document has no body; it is damaged or not a Word document");
            return new Reader(file, symbols, WordListNumbering.of(numbering(pkg, main))).read(body);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
            throw OfficeFailures.fromPoi(file, format(), e);
        }
    }

    /** The package's main document part. */
    private PackagePart mainPart(Path file, OPCPackage pkg) throws UnreadableFileException, InvalidFormatException {
        PackageRelationship rel = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (rel == null) rel = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0);
        if (rel == null) throw new UnreadableFileException(file, format(), "the package has no main document; it is damaged or not a Word document");
        PackagePart part = pkg.getPart(rel);
        if (part == null) throw new UnreadableFileException(file, format(), "the main document part is missing; the file is damaged");
        return part;
    }

    /** The root element of a part (xmlbeans' DOM is too slow to walk: O(n) per sibling step). */
    private static Element parse(PackagePart part) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            return XMLHelper.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    /** The numbering part's w:numbering element, or null when the document defines no lists. */
    private static Element numbering(OPCPackage pkg, PackagePart main) throws IOException, SAXException, InvalidFormatException {
        PackageRelationship rel = main.getRelationshipsByType(NUMBERING).getRelationship(0);
        if (rel == null) rel = main.getRelationshipsByType(STRICT_NUMBERING).getRelationship(0);
        PackagePart part = rel == null ? null : main.getRelatedPart(rel);
        return part == null ? null : parse(part);
    }

    private static final String NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private static final String STRICT_NUMBERING = "http://purl.oclc.org/ooxml/officeDocument/relationships/numbering";

    /** One document's walk. */
    private static final class Reader {
        private final Path file;
        private final String name;
        private final DocxText text;
        private final List<TextLine> preamble = new ArrayList<>();
        private final List<TextLine> trailer = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private int paragraphs;
        /** The last paragraph since the previous table: a section heading there heads the next table. */
        private String lastLine;

        Reader(Path file, SymbolGlyphs symbols, WordListNumbering numbering) {
            this.text = new DocxText(symbols, numbering);
            this.file = file;
            this.name = file.getFileName().toString();
        }

        ExtractedDocument read(Element body) throws UnreadableFileException {
            blocks(body);
            if (tables.isEmpty()) {
                throw new UnreadableFileException(file, FileFormat.DOCX.id(), "the document has no table; gkml reads catalogs laid out as tables");
            }
            if (!text.unknownSymbols.isEmpty()) {
                warnings.add(new Warning(WarningCode.UNKNOWN_SYMBOL, "symbol characters without a glyph in symbol-glyphs.tsv, kept as "
                        + "private-use characters: " + String.join(", ", text.unknownSymbols), new Provenance(name, 0, 0, null)));
            }
            return new ExtractedDocument(name, FileFormat.DOCX.id(), preamble, tables, trailer, warnings);
        }

        /** Block-level content: paragraphs, tables, and the same inside content controls and custom XML. */
        private void blocks(Element parent) {
            for (Element e : WordXml.children(parent)) {
                ReadCancellation.check();
                if (WordXml.isW(e, "p")) {
                    paragraphs++;
                    for (Element box : textBoxes(e)) blocks(box); // a title drawn in a text box
                    String line = text.paragraph(e).strip();
                    if (line.isEmpty()) continue;
                    TextLine t = new TextLine(line, new Provenance(name, 0, 0, "paragraph " + paragraphs));
                    (tables.isEmpty() ? preamble : trailer).add(t);
                    lastLine = line;
                } else if (WordXml.isW(e, "tbl") && isLayoutFrame(e)) {
                    for (Element tr : rows(e)) for (Element tc : cells(tr)) blocks(tc);
                } else if (WordXml.isW(e, "tbl")) {
                    Table t = table(e, tables.size() + 1).headedBy(lastLine);
                    lastLine = null;
                    if (t.rowCount() > 0) tables.add(t);
                } else if (WordXml.isW(e, "sdt")) {
                    Element c = WordXml.wChild(e, "sdtContent");
                    if (c != null) blocks(c);
                } else if (WordXml.isW(e, "customXml")) {
                    blocks(e);
                }
            }
        }

        private Table table(Element tbl, int number) {
            SpanningTableBuilder b = new SpanningTableBuilder(name, number);
            for (Element tr : rows(tbl)) {
                ReadCancellation.check();
                b.startRow();
                int col = WordXml.intAttr(WordXml.wChild(WordXml.wChild(tr, "trPr"), "gridBefore"), "val", 0);
                for (Element tc : cells(tr)) {
                    Element pr = WordXml.wChild(tc, "tcPr");
                    int span = Math.max(1, WordXml.intAttr(WordXml.wChild(pr, "gridSpan"), "val", 1));
                    Element vMerge = WordXml.wChild(pr, "vMerge");
                    Element hMerge = WordXml.wChild(pr, "hMerge");
                    String cellText = cellText(tc);
                    if (vMerge != null && !"restart".equals(WordXml.wAttr(vMerge, "val"))) {
                        b.continueAbove(col, span, cellText);
                    } else if (hMerge != null && !"restart".equals(WordXml.wAttr(hMerge, "val"))) {
                        b.continueLeft(col, span, cellText);
                    } else {
                        b.cell(col, span, cellText);
                    }
                    col += span;
                }
            }
            return b.build();
        }

        /**
         * Text boxes anchored in a paragraph (w:txbxContent). Word writes each twice, as a drawing
         * (mc:Choice) and as its VML fallback (mc:Fallback); the fallback copy is skipped.
         */
        private static List<Element> textBoxes(Element p) {
            List<Element> out = new ArrayList<>();
            org.w3c.dom.NodeList boxes = p.getElementsByTagNameNS(WordXml.W, "txbxContent");
            for (int i = 0; i < boxes.getLength(); i++) {
                Element box = (Element) boxes.item(i);
                boolean fallback = false;
                for (org.w3c.dom.Node a = box.getParentNode(); a != null && a != p; a = a.getParentNode()) {
                    fallback |= WordXml.is(a, WordXml.MC, "Fallback") || WordXml.isW(a, "txbxContent");
                }
                if (!fallback) out.add(box);
            }
            return out;
        }

        /**
         * A one-column table holding another table is a frame drawn around the content (a layout table):
         * its content is read as if it stood in the body, so the inner table keeps its structure.
         */
        private static boolean isLayoutFrame(Element tbl) {
            boolean nested = false;
            for (Element tr : rows(tbl)) {
                List<Element> tcs = cells(tr);
                if (tcs.size() != 1) return false;
                for (Element c : WordXml.children(tcs.get(0))) nested |= WordXml.isW(c, "tbl");
            }
            return nested;
        }

        /** Rows of a table, looking through content controls and custom XML wrapped around them. */
        private static List<Element> rows(Element tbl) {
            List<Element> out = new ArrayList<>();
            collect(tbl, "tr", out);
            return out;
        }

        private static List<Element> cells(Element tr) {
            List<Element> out = new ArrayList<>();
            collect(tr, "tc", out);
            return out;
        }

        private static void collect(Element parent, String name, List<Element> out) {
            for (Element e : WordXml.children(parent)) {
                if (WordXml.isW(e, name)) out.add(e);
                else if (WordXml.isW(e, "sdt")) {
                    Element c = WordXml.wChild(e, "sdtContent");
                    if (c != null) collect(c, name, out);
                } else if (WordXml.isW(e, "customXml")) collect(e, name, out);
            }
        }

        /** A cell's paragraphs joined with "\n"; a table nested in the cell contributes one line per row. */
        private String cellText(Element tc) {
            List<String> lines = new ArrayList<>();
            cellBlocks(tc, lines);
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
            while (!lines.isEmpty() && lines.get(0).isBlank()) lines.remove(0);
            return String.join("\n", lines);
        }

        private void cellBlocks(Element parent, List<String> lines) {
            for (Element e : WordXml.children(parent)) {
                ReadCancellation.check();
                if (WordXml.isW(e, "p")) {
                    lines.add(text.paragraph(e).strip());
                } else if (WordXml.isW(e, "tbl")) {
                    for (Element tr : rows(e)) {
                        List<String> parts = new ArrayList<>();
                        for (Element tc : cells(tr)) {
                            String t = cellText(tc).replace('\n', ' ').strip();
                            if (!t.isEmpty()) parts.add(t);
                        }
                        if (!parts.isEmpty()) lines.add(String.join(" ", parts));
                    }
                } else if (WordXml.isW(e, "sdt")) {
                    Element c = WordXml.wChild(e, "sdtContent");
                    if (c != null) cellBlocks(c, lines);
                } else if (WordXml.isW(e, "customXml")) {
                    cellBlocks(e, lines);
                }
            }
        }
    }
}
