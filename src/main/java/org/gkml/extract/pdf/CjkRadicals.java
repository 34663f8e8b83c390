package org.gkml.extract.pdf;

import org.gkml.vocabulary.Mappings;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs ideographs that a PDF's ToUnicode map gives as look-alike radicals: Kangxi Radicals (⼀ for 一,
 * ⾦ for 金) by their compatibility decomposition, CJK Radicals Supplement (⻔ for 门) from
 * mappings/cjk-radicals.tsv. Without this, 一级事项 in such a PDF would not read as the header it is.
 */
final class CjkRadicals {

    private final Map<Character, String> supplement = new HashMap<>();

    CjkRadicals(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 2) throw new IllegalArgumentException("cjk-radicals.tsv row needs radical and ideograph: " + String.join("|", row));
            supplement.put((char) Integer.parseInt(row[0].strip(), 16), row[1].strip());
        }
    }

    static CjkRadicals of(Mappings mappings) {
        return new CjkRadicals(mappings.file("cjk-radicals.tsv").cellRows());
    }

    String repair(String s) {
        if (s == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String fixed = null;
            if (c >= '\u2F00' && c <= '\u2FDF') fixed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            else if (c >= '\u2E80' && c <= '\u2EFF') fixed = supplement.get(c);
            if (fixed != null && out == null) out = new StringBuilder(s.substring(0, i));
            if (out != null) out.append(fixed != null ? fixed : String.valueOf(c));
        }
        return out == null ? s : out.toString();
    }
}
