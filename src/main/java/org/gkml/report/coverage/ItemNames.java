package org.gkml.report.coverage;

import org.gkml.catalog.Simplified;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The key under which the same 二级事项 from different catalogs meets in the coverage matrix: the name with
 * traditional characters, full-width forms, punctuation, quotes, brackets and spaces folded away and a leading
 * list number dropped, then, through mappings/item-synonyms.tsv, the key of its usual name.
 */
public final class ItemNames {

    /** How a name found its key. */
    public enum Method {
        /** the key is the name, folded */
        NORMALISED("规范化"),
        /** a synonym row of mappings/item-synonyms.tsv led to another name's key */
        SYNONYM("同义词");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A name's key and how it was reached. */
    public record Key(String key, Method method) {
    }

    /** 1. / （一） / ① in front of a name number the row, not the item. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:[（(]?[0-9一二三四五六七八九十]+[)）.、．]|[\\u2460-\\u2473])\\s*");

    private final Map<String, String> synonyms = new HashMap<>();

    /** @param rows the rows of mappings/item-synonyms.tsv: a name, then the other ways of writing it */
    public ItemNames(List<String[]> rows) {
        for (String[] row : rows) {
            String canonical = fold(row[0]);
            for (int i = 1; i < row.length; i++) {
                String variant = fold(row[i]);
                if (!variant.isEmpty() && !variant.equals(canonical)) synonyms.put(variant, canonical);
            }
        }
    }

    public Key key(String name) {
        String folded = fold(name);
        String canonical = synonyms.get(folded);
        return canonical == null ? new Key(folded, Method.NORMALISED) : new Key(canonical, Method.SYNONYM);
    }

    /** The name reduced to its letters and digits, simplified and half-width. */
    static String fold(String name) {
        if (name == null) return "";
        String s = LEADING_NUMBER.matcher(name).replaceFirst("");
        s = Simplified.fold(Normalizer.normalize(s, Normalizer.Form.NFKC));
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }
}
