package org.gkml.extract.pdf;

import org.gkml.vocabulary.Mappings;

/**
 * The text a shown glyph stands for, as every fixed-layout reader takes it: a symbol font's checkbox by its
 * code ({@link SymbolGlyphs}), a look-alike radical repaired ({@link CjkRadicals}), and null for what is no
 * readable text (no mapping, U+FFFD, private use, control characters) — which such pages count towards "needs OCR".
 */
public final class GlyphText {

    private final SymbolGlyphs symbols;
    private final CjkRadicals radicals;

    public GlyphText(Mappings mappings) {
        this(SymbolGlyphs.of(mappings), CjkRadicals.of(mappings));
    }

    GlyphText(SymbolGlyphs symbols, CjkRadicals radicals) {
        this.symbols = symbols;
        this.radicals = radicals;
    }

    /**
     * @param fontName the font's name as the file gives it (a subset prefix "ABCDEF+" is allowed), or null
     * @param code     the glyph's code in a simple font, or -1 where only its Unicode is known
     * @param unicode  what the file maps the glyph to, or null
     * @return the text, or null when the glyph has no readable text
     */
    public String text(String fontName, int code, String unicode) {
        String symbol = symbols.glyph(symbols.family(fontName), code, unicode);
        String text = symbol != null ? symbol : radicals.repair(unicode);
        if (text == null || text.isEmpty() || text.indexOf('\uFFFD') >= 0 || isPrivateUse(text)) return null;
        return text;
    }

    private static boolean isPrivateUse(String s) {
        return s.codePoints().anyMatch(cp -> (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000 || (cp < 0x20 && cp != '\t'));
    }
}
