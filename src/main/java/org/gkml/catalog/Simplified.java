package org.gkml.catalog;

import com.hankcs.hanlp.HanLP;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Traditional characters folded to simplified ones, for matching only: some portals serve catalogs converted to
 * traditional characters (序號, 公開內容, 鎮級), and every label, option word, unit and place name in mappings/ is
 * simplified. A cell's text is never replaced by its fold; the fold is what is compared against the data.
 *
 * <p>The fold maps one character to one character (HanLP's t2s, taken character by character), so a string keeps
 * its length and a position found in the fold is the same position in the text as printed. Characters whose
 * conversion is not a single character (phrases, supplementary planes) stay as they are.
 *
 * <p>HanLP's t2s builds an Aho-Corasick automaton over all of its phrase table on first use, which costs a
 * search or a reading process most of a second at start-up; a single character's conversion is just that
 * character's own line of the table, so the lines with one character on each side are read directly instead.
 */
public final class Simplified {

    /** Per character: 0 = not yet asked, else the fold. Writes of a char are atomic and idempotent, so no lock. */
    private static final char[] FOLDS = new char[Character.MAX_VALUE + 1];

    private Simplified() {
    }

    /** The text with every traditional character replaced by its simplified form; the same instance when none is. */
    public static String fold(String text) {
        if (text == null) return null;
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f == c) continue;
            if (out == null) out = text.toCharArray();
            out[i] = f;
        }
        return out == null ? text : new String(out);
    }

    /** One character's fold (itself when it has none). */
    public static char fold(char c) {
        // Below the CJK punctuation block nothing is traditional; in it, corner quotes (「五公開」) fold to “”.
        if (c < '\u3000' || Character.isSurrogate(c)) return c;
        char f = FOLDS[c];
        if (f == 0) {
            char[] table = Table.SINGLE;
            if (table != null) {
                f = table[c] == 0 ? c : table[c];
            } else {
                String s = HanLP.t2s(String.valueOf(c));
                f = s.length() == 1 ? s.charAt(0) : c;
            }
            FOLDS[c] = f;
        }
        return f;
    }

    /** HanLP's single-character conversions, read once; null when its table cannot be read (then HanLP converts). */
    private static final class Table {
        static final char[] SINGLE = read();

        private static char[] read() {
            // HanLP reads the table line by line as "traditional=simplified"; a later line for a key replaces an earlier one
            try (InputStream in = Simplified.class.getClassLoader().getResourceAsStream(HanLP.Config.tcDictionaryRoot + "t2s.txt")) {
                if (in == null) return null;
                char[] single = new char[Character.MAX_VALUE + 1];
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = lines.readLine()) != null; ) {
                    int eq = line.indexOf('=');
                    if (eq != 1) continue;
                    char key = line.charAt(0);
                    single[key] = line.length() == 3 ? line.charAt(2) : key;
                }
                return single;
            } catch (IOException e) {
                return null;
            }
        }
    }

    /**
     * The value under a key as the catalog printed it, looked up by its simplified form (填表人 finds 填表人 and
     * 填表人's traditional spelling alike): the exact key first, else the first key whose fold is it.
     */
    public static <V> V get(java.util.Map<String, V> map, String simplifiedKey) {
        V v = map.get(simplifiedKey);
        if (v != null) return v;
        for (java.util.Map.Entry<String, V> e : map.entrySet()) if (fold(e.getKey()).equals(simplifiedKey)) return e.getValue();
        return null;
    }

    /** Whether the two texts are the same once folded. */
    public static boolean same(String a, String b) {
        return a == null ? b == null : b != null && fold(a).equals(fold(b));
    }
}
