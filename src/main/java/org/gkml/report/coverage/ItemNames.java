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
        SYNONYM("同义词"),
        /** the names share their content words, or one is the other qualified (see WordOverlapMatcher) */
        WORDS("词重合"),
        /** the names share most of their character pairs (see BigramMatcher) */
        BIGRAMS("字相似"),
        /** the names' words are the same or synonyms by 同义词词林 (see CilinMatcher) */
        CILIN("词林近义"),
        /** the coordinator's concordance file (--concordance) put the name under an item */
        MANUAL("人工");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A name's key and how it was reached.
     *
     * @param name the item's name as the synonym row or the correction writes it, or null for a name folded only
     */
    public record Key(String key, Method method, String name) {
    }

    /** 1. / （一） / ① in front of a name number the row, not the item. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:[（(]?[0-9一二三四五六七八九十]+[)）.、．]|[\\u2460-\\u2473])\\s*");

    /** folded spelling → the item's name as written; its key is the fold of that name */
    private final Map<String, String> synonyms = new HashMap<>();
    private final Map<String, String> corrections = new HashMap<>();

    /** @param rows the rows of mappings/item-synonyms.tsv: a name, then the other ways of writing it */
    public ItemNames(List<String[]> rows) {
        for (String[] row : rows) {
            String canonical = row[0].strip();
            for (int i = 1; i < row.length; i++) {
                String variant = fold(row[i]);
                if (!variant.isEmpty() && !variant.equals(fold(canonical))) synonyms.put(variant, canonical);
            }
        }
    }

    /**
     * The same names with the coordinator's corrections on top: each spelling goes under the item named beside it,
     * whatever the folding or the synonyms say (a spelling put under itself stands alone).
     */
    public ItemNames withCorrections(Map<String, String> spellingToItem) {
        ItemNames n = new ItemNames(List.of());
        n.synonyms.putAll(synonyms);
        n.corrections.putAll(corrections);
        for (Map.Entry<String, String> c : spellingToItem.entrySet()) {
            String from = fold(c.getKey());
            String to = c.getValue().strip();
            if (!from.isEmpty() && !fold(to).isEmpty()) n.corrections.put(from, to);
        }
        return n;
    }

    public Key key(String name) {
        String folded = fold(name);
        String corrected = corrections.get(folded);
        if (corrected != null) return new Key(fold(corrected), Method.MANUAL, corrected);
        String canonical = synonyms.get(folded);
        return canonical == null ? new Key(folded, Method.NORMALISED, null) : new Key(fold(canonical), Method.SYNONYM, canonical);
    }

    /** The name without the number that lists it (1. / （一） / ①). */
    static String withoutListNumber(String name) {
        return LEADING_NUMBER.matcher(name).replaceFirst("");
    }

    /** The name reduced to its letters and digits, simplified and half-width. */
    static String fold(String name) {
        if (name == null) return "";
        String s = withoutListNumber(name);
        s = Simplified.fold(Normalizer.normalize(s, Normalizer.Form.NFKC));
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }
}
