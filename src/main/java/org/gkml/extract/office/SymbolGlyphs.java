package org.gkml.extract.office;

import org.gkml.vocabulary.MappingFile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Symbol-font characters (Wingdings, Wingdings 2, Webdings, Symbol) as the glyphs they show, from
 * mappings/symbol-glyphs.tsv. Checkboxes and ticks in Word catalogs are mostly drawn this way; without the
 * font the character is a meaningless private-use code or a plain letter.
 */
public final class SymbolGlyphs {

    private final Map<String, String> glyphs = new HashMap<>();
    private final Set<String> fonts = new HashSet<>();

    /** @param file symbol-glyphs.tsv: font, hex code, glyph */
    public SymbolGlyphs(MappingFile file) {
        for (MappingFile.Row row : file.rows()) {
            String font = normalFont(row.get(0));
            fonts.add(font);
            glyphs.put(key(font, row.hex(1)), row.get(2).strip());
        }
    }

    /** True for a font whose characters this table maps (a run in it is translated character by character). */
    public boolean isSymbolFont(String font) {
        return font != null && fonts.contains(normalFont(font));
    }

    /** The glyph a symbol-font character shows; {@code code} may be the private-use form (F06E) or the byte (6E). */
    public Optional<String> glyph(String font, int code) {
        if (font == null) return Optional.empty();
        return Optional.ofNullable(glyphs.get(key(normalFont(font), code)));
    }

    /**
     * The text of a run set in a symbol font: mapped characters become their glyph; spaces and
     * characters the font cannot hold (CJK typed while the font was on) stay as they are.
     *
     * @param unknown collects the symbol characters that have no glyph in the table
     */
    public String mapRunText(String font, String text, StringBuilder unknown) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean symbolRange = (c >= 0x21 && c <= 0xFF) || (c >= 0xF021 && c <= 0xF0FF);
            Optional<String> g = symbolRange ? glyph(font, c) : Optional.empty();
            if (g.isPresent()) {
                out.append(g.get());
            } else {
                out.append(c);
                if (symbolRange && c != 0xA0) unknown.append(c);
            }
        }
        return out.toString();
    }

    private static String key(String font, int code) {
        int c = code < 0x100 ? code | 0xF000 : code;
        return font + "\t" + Integer.toHexString(c);
    }

    private static String normalFont(String font) {
        return font.strip().toLowerCase(Locale.ROOT);
    }
}
