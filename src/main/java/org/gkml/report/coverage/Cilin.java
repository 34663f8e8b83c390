package org.gkml.report.coverage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 同义词词林扩展版 (Cilin, the synonym thesaurus HanLP ships as data/dictionary/synonym/CoreSynonym.txt): a general
 * signal of two words meaning the same, not a list written for catalogs. Each line is a code and its words; the code
 * names five levels (大类 H, 中类 Hc, 小类 Hc22, 词群 Hc22A, 原子词群 Hc22A01) and a type: {@code =} words of one meaning
 * (处罚 惩罚 处分), {@code #} words of one kind that are not one another (预算 决算 结算: siblings), {@code @} a word
 * alone.
 *
 * <p>Two words are close when they are in one atomic group of type {@code =}: only synonyms, never the siblings of a
 * {@code #} group, whose words in a catalog name sibling items (部门预算 / 部门决算). Words of one character are left
 * out: a character alone stands in dozens of groups (法, 查, 补).
 */
public final class Cilin {

    /** The thesaurus as HanLP ships it, on the class path with HanLP. */
    static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";
    /** The characters from which a word is looked up: one character alone has too many meanings. */
    static final int SHORTEST_WORD = 2;

    private static volatile Cilin shipped;

    /** word → the codes of the synonym groups it is in (a word of several meanings is in several) */
    private final Map<String, List<String>> codes = new HashMap<>();

    /** @param lines lines of the thesaurus: a code of 8 characters (7 and the type), then the words, space-separated */
    public Cilin(Iterable<String> lines) {
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
            String[] parts = s.split("\\s+");
            if (parts.length < 2 || parts[0].length() != 8 || parts[0].charAt(7) != '=') continue;
            String group = parts[0].substring(0, 7);
            for (int i = 1; i < parts.length; i++) {
                String w = parts[i];
                if (w.codePointCount(0, w.length()) < SHORTEST_WORD) continue;
                List<String> c = codes.computeIfAbsent(w, k -> new ArrayList<>(1));
                if (!c.contains(group)) c.add(group);
            }
        }
    }

    /** The thesaurus HanLP ships (read once). */
    public static Cilin shipped() {
        Cilin c = shipped;
        if (c == null) {
            synchronized (Cilin.class) {
                if (shipped == null) shipped = read();
                c = shipped;
            }
        }
        return c;
    }

    private static Cilin read() {
        InputStream in = Cilin.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path (HanLP portable ships it)");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new Cilin(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether two different words are synonyms: one atomic group of type {@code =}. */
    public boolean close(String a, String b) {
        if (a.equals(b)) return false;
        List<String> x = codes.get(a);
        List<String> y = codes.get(b);
        if (x == null || y == null) return false;
        for (String c : x) if (y.contains(c)) return true;
        return false;
    }
}
