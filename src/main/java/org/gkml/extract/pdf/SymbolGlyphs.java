package org.gkml.extract.pdf;

import org.gkml.catalog.BoundedMemo;
import org.gkml.vocabulary.Mappings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checkbox and tick glyphs of symbol fonts (Wingdings, Wingdings 2, ZapfDingbats, Symbol) by font and
 * character code, from mappings/pdf-glyphs.tsv. A ticked box in Wingdings is code 0x6E whatever Unicode
 * the PDF's font claims for it, so the code decides, not the visible character.
 */
final class SymbolGlyphs {

    private final Map<String, Map<Integer, String>> byFamily = new HashMap<>();
    private final List<String> familiesLongestFirst = new ArrayList<>();
    /**
     * Each font name's family ("" for none; the name without its subset tag ABCDEF+), asked once per glyph drawn,
     * worked out once per name. Bounded: it starts again when full.
     */
    private final BoundedMemo<String, String> familyOf = new BoundedMemo<>(1024, this::familyOfName);
    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^a-z0-9]");

    SymbolGlyphs(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 3) throw new IllegalArgumentException("a glyph row needs font, code, glyph: " + String.join("|", row));
            String family = normalise(row[0]);
            int code = Integer.parseInt(row[1].strip(), 16) & 0xFF;
            byFamily.computeIfAbsent(family, f -> new HashMap<>()).put(code, row[2].strip());
        }
        familiesLongestFirst.addAll(byFamily.keySet());
        familiesLongestFirst.sort((a, b) -> b.length() - a.length());
    }

    /** The symbol fonts Word and PDF share (symbol-glyphs.tsv), then the ones only PDFs use (pdf-glyphs.tsv). */
    static SymbolGlyphs of(Mappings mappings) {
        List<String[]> rows = new ArrayList<>(mappings.file("symbol-glyphs.tsv").cellRows());
        rows.addAll(mappings.file("pdf-glyphs.tsv").cellRows());
        return new SymbolGlyphs(rows);
    }

    /** The symbol font family a base font name belongs to ("ABCDEF+Wingdings-Regular" → "wingdings"), or null. */
    String family(String baseFont) {
        if (baseFont == null) return null;
        String untagged = baseFont.substring(baseFont.indexOf('+') + 1);
        String family = familyOf.get(untagged);
        return family.isEmpty() ? null : family;
    }

    private String familyOfName(String untagged) {
        String name = normalise(untagged);
        for (String f : familiesLongestFirst) if (name.startsWith(f)) return f;
        return "";
    }

    /**
     * The glyph for a code of a symbol font, or null.
     *
     * @param unicode what the font maps the code to, or null; a private-use U+F0xx value gives code xx
     */
    String glyph(String family, int code, String unicode) {
        if (family == null) return null;
        Map<Integer, String> codes = byFamily.get(family);
        if (unicode != null && unicode.length() == 1 && unicode.charAt(0) >= 0xF000 && unicode.charAt(0) <= 0xF0FF) {
            String g = codes.get(unicode.charAt(0) - 0xF000);
            if (g != null) return g;
        }
        return code >= 0 && code <= 0xFF ? codes.get(code) : null;
    }

    private static String normalise(String name) {
        return NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
