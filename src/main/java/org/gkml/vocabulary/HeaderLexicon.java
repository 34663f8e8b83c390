package org.gkml.vocabulary;

import org.gkml.catalog.BoundedMemo;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.gkml.catalog.Field;
import org.gkml.catalog.Simplified;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header vocabulary of mappings/headers.tsv: which schema field a column label names. Exact labels map
 * with confidence 1; an unseen variant maps when its HanLP words cover all words of a known label.
 */
public final class HeaderLexicon {

    /** A label's reading: the field and how sure we are (1.0 = a listed label). */
    public record Match(Field field, String knownLabel, double confidence) {
    }

    private final Set<String> generic;
    private final Options options;
    private final Map<String, Field> exact = new LinkedHashMap<>();
    /**
     * HanLP's words of each listed label, worked out on first use: segmenting loads HanLP's dictionary, which a
     * process that only checks the mappings (the parent of reading processes, search) should not pay for.
     */
    private volatile Map<String, List<String>> words;
    /**
     * The word-cover reading of each label key met so far (segmenting is most of a label's cost, and a header
     * scan asks about the same cells several times, a batch about the same labels in every file). Bounded: it
     * starts again when full.
     */
    private final BoundedMemo<String, Optional<Match>> byWords = new BoundedMemo<>(8192, this::matchByWords);
    private static final java.util.regex.Pattern PARENTHETICAL = java.util.regex.Pattern.compile("[（(][^）)]*[）)]");

    /** From headers.tsv (field, label) and header-generic-words.tsv (words that name no column). */
    HeaderLexicon(MappingFile headers, MappingFile genericWords, Options options) {
        this.generic = Set.copyOf(genericWords.lines());
        this.options = options;
        for (MappingFile.Row row : headers.rows()) {
            String label = key(row.get(1));
            exact.putIfAbsent(label, row.parse(0, Field::ofKey, "a schema field"));
        }
    }

    private Map<String, List<String>> words() {
        Map<String, List<String>> w = words;
        if (w == null) {
            synchronized (this) {
                if (words == null) {
                    Map<String, List<String>> m = new LinkedHashMap<>();
                    for (String label : exact.keySet()) m.put(label, segment(label));
                    words = m;
                }
                w = words;
            }
        }
        return w;
    }

    /** The tick options the lexicon counts as labels too. */
    public Options options() {
        return options;
    }

    /** The comparison key of a label: NFKC, no white space, no quotes. */
    public static String key(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || "\"'“”‘’".indexOf(c) >= 0) continue;
            b.append(c);
        }
        return b.toString();
    }

    /** Below this, a variant matched by its words is too weak to read as a header label. */
    public static final double VARIANT_CONFIDENCE = 0.6;
    /** A listed label, as written. */
    private static final double LISTED = 1.0;
    /** A listed label with a parenthetical added (公开时限（工作日）): the words in brackets rarely change the field. */
    private static final double LISTED_WITH_PARENTHETICAL = 0.9;
    /**
     * A variant whose words include all of a listed label's: this, times the share of its words the listed label
     * explains. Less sure than a listed label with a parenthetical, whose extra words are set apart in brackets;
     * a variant of no extra words still clears {@link #VARIANT_CONFIDENCE}.
     */
    private static final double WORD_COVER = 0.85;

    /** A listed label or a tick option's label (全社会, 主动): a header cell for certain. */
    public boolean isKnownLabel(String text) {
        return isKnown(text) || options.fieldOf(text).isPresent();
    }

    /** An unseen variant whose words clearly name a listed label (信息公开责任科室). */
    public boolean isVariant(String text) {
        return match(text).filter(m -> m.confidence() >= VARIANT_CONFIDENCE).isPresent();
    }

    /** Whether a cell's text reads as a header label at all. */
    public boolean isLabel(String text) {
        return isKnownLabel(text) || isVariant(text);
    }

    public boolean isKnown(String label) {
        String k = matchKey(label);
        return exact.containsKey(k) || exact.containsKey(withoutParenthetical(k));
    }

    /** Every known label, as comparison keys; the flow-text reader reassembles wrapped headers from them. */
    public Set<String> knownKeys() {
        return exact.keySet();
    }

    public Optional<Match> match(String label) {
        String k = matchKey(label);
        if (k.isEmpty()) return Optional.empty();
        Field f = exact.get(k);
        if (f != null) return Optional.of(new Match(f, k, LISTED));
        String bare = withoutParenthetical(k);
        f = exact.get(bare);
        if (f != null) return Optional.of(new Match(f, bare, LISTED_WITH_PARENTHETICAL));
        return byWords.get(k);
    }

    /** A label's reading by its words: the listed label whose words it covers best. */
    private Optional<Match> matchByWords(String k) {
        List<String> mine = segment(k);
        if (mine.isEmpty()) return Optional.empty();
        Match best = null;
        Set<String> myWords = new HashSet<>(mine);
        for (Map.Entry<String, List<String>> e : words().entrySet()) {
            List<String> theirs = e.getValue();
            if (theirs.isEmpty() || !myWords.containsAll(theirs)) continue;
            // The share of the label's words the known label explains.
            double confidence = WORD_COVER * theirs.size() / mine.size();
            if (best == null || confidence > best.confidence()
                    || (confidence == best.confidence() && e.getKey().length() > best.knownLabel().length())) {
                best = new Match(exact.get(e.getKey()), e.getKey(), confidence);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The key a label is looked up by: {@link #key}, folded to simplified characters (序號 → 序号). */
    public static String matchKey(String label) {
        return key(Simplified.fold(label));
    }

    private static String withoutParenthetical(String k) {
        return PARENTHETICAL.matcher(k).replaceAll("");
    }

    private List<String> segment(String s) {
        List<String> out = new ArrayList<>();
        for (Term t : HanLP.segment(s)) {
            String w = t.word.strip();
            // Function words (的, 和, 及) and generic ones (信息, 公开) carry no column meaning.
            if (w.isEmpty() || t.nature.startsWith("u") || t.nature.startsWith("c") || t.nature.startsWith("w") || generic.contains(w)) continue;
            out.add(w);
        }
        return out;
    }
}
