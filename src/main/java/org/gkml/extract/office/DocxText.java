package org.gkml.extract.office;

import org.w3c.dom.Element;

import java.util.Set;
import java.util.TreeSet;

/**
 * The visible text of WordprocessingML paragraphs, with what POI's getText() loses: symbol characters
 * (w:sym, and runs set in a symbol font) become glyphs via {@link SymbolGlyphs}; checkbox content controls
 * (w14:checkbox) and legacy form checkboxes (w:ffData/w:checkBox) become ☑ or □. Drawings, deleted text and
 * hidden text (w:vanish: Word neither shows nor prints it) are skipped; field instructions are skipped while
 * field results are kept.
 */
final class DocxText {

    static final String CHECKED = "☑";
    static final String UNCHECKED = "□";

    private final SymbolGlyphs symbols;
    private final WordListNumbering numbering;

    DocxText(SymbolGlyphs symbols, WordListNumbering numbering) {
        this.symbols = symbols;
        this.numbering = numbering;
    }

    /** Symbol characters seen without a glyph in the table, as "font U+XXXX", for one warning per document. */
    final Set<String> unknownSymbols = new TreeSet<>();

    /**
     * One paragraph's text (w:p), without a trailing line break, after the list number Word shows before it (an
     * automatically numbered 序号 cell holds no digits of its own). Call it once per paragraph, in document order.
     */
    String paragraph(Element p) {
        String label = numbering.label(p);
        StringBuilder out = new StringBuilder();
        inline(p, out);
        return WordListNumbering.labelled(label, out.toString());
    }

    private void inline(Element parent, StringBuilder out) {
        for (Element e : WordXml.children(parent)) {
            if (!WordXml.W.equals(e.getNamespaceURI())) continue; // mc:AlternateContent, drawings' markup
            switch (e.getLocalName()) {
                case "r" -> run(e, out);
                case "sdt" -> contentControl(e, out);
                case "del", "moveFrom", "pPr", "rPr", "drawing", "pict", "object" -> {
                }
                default -> inline(e, out); // ins, hyperlink, smartTag, fldSimple, customXml, sdtContent …
            }
        }
    }

    private void contentControl(Element sdt, StringBuilder out) {
        Element pr = WordXml.wChild(sdt, "sdtPr");
        Element box = WordXml.child(pr, WordXml.W14, "checkbox");
        if (box != null) {
            Element checked = WordXml.child(box, WordXml.W14, "checked");
            String val = checked == null ? "0" : checked.getAttributeNS(WordXml.W14, "val");
            out.append(checked != null && WordXml.onOff(val.isEmpty() ? null : val) ? CHECKED : UNCHECKED);
            return; // the content is the box drawn in MS Gothic; the state above is the truth
        }
        Element content = WordXml.wChild(sdt, "sdtContent");
        if (content != null) inline(content, out);
    }

    private void run(Element r, StringBuilder out) {
        Element vanish = WordXml.wChild(WordXml.wChild(r, "rPr"), "vanish");
        if (vanish != null && WordXml.onOff(WordXml.wAttr(vanish, "val"))) return;
        String font = runFont(r);
        boolean symbolFont = symbols.isSymbolFont(font);
        for (Element e : WordXml.children(r)) {
            if (!WordXml.W.equals(e.getNamespaceURI())) continue;
            switch (e.getLocalName()) {
                case "t" -> {
                    String t = WordXml.text(e);
                    if (symbolFont) {
                        StringBuilder unknown = new StringBuilder();
                        t = symbols.mapRunText(font, t, unknown);
                        unknown.chars().forEach(c -> noteUnknown(font, c));
                    } else {
                        unknownPrivateUse(t, font);
                    }
                    out.append(t);
                }
                case "tab", "ptab" -> out.append('\t');
                case "br", "cr" -> out.append('\n');
                case "noBreakHyphen" -> out.append('-');
                case "sym" -> symbol(e, out);
                case "fldChar" -> formCheckbox(e, out);
                default -> {
                }
            }
        }
    }

    private void symbol(Element sym, StringBuilder out) {
        String font = WordXml.wAttr(sym, "font");
        String hex = WordXml.wAttr(sym, "char");
        int code;
        try {
            code = Integer.parseInt(hex == null ? "" : hex.strip(), 16);
        } catch (NumberFormatException e) {
            return;
        }
        String glyph = symbols.glyph(font, code).orElse(null);
        if (glyph != null) {
            out.append(glyph);
        } else {
            out.appendCodePoint(code < 0x100 ? code | 0xF000 : code);
            noteUnknown(font, code);
        }
    }

    /** A legacy form checkbox lives in the field's begin marker: w:fldChar/w:ffData/w:checkBox. */
    private static void formCheckbox(Element fldChar, StringBuilder out) {
        Element box = WordXml.wChild(WordXml.wChild(fldChar, "ffData"), "checkBox");
        if (box == null) return;
        Element checked = WordXml.wChild(box, "checked");
        Element def = WordXml.wChild(box, "default");
        boolean on = checked != null ? WordXml.onOff(WordXml.wAttr(checked, "val"))
                : def != null && WordXml.onOff(WordXml.wAttr(def, "val"));
        out.append(on ? CHECKED : UNCHECKED);
    }

    /** The font that draws ASCII text in this run (w:rFonts ascii, else hAnsi), or null. */
    private static String runFont(Element r) {
        Element fonts = WordXml.wChild(WordXml.wChild(r, "rPr"), "rFonts");
        String f = WordXml.wAttr(fonts, "ascii");
        return f != null ? f : WordXml.wAttr(fonts, "hAnsi");
    }

    /** Private-use symbol codes (U+F020–F0FF) in a run without a known symbol font still deserve a warning. */
    private void unknownPrivateUse(String t, String font) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0xF020 && c <= 0xF0FF) noteUnknown(font, c);
        }
    }

    private void noteUnknown(String font, int code) {
        unknownSymbols.add((font == null ? "(no font)" : font) + " U+" + String.format("%04X", code < 0x100 ? code | 0xF000 : code));
    }
}
