package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.vocabulary.MappingFiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The rows of mappings/catalog-names.tsv by kind. */
final class CatalogWords {

    record Word(String text, String value) {
    }

    private static final Map<String, List<Word>> BY_KIND = load();

    private CatalogWords() {
    }

    /** The words of one kind, longest first. */
    static List<Word> of(String kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    /** True when the text holds a word of this kind. */
    static boolean anyIn(String kind, String text) {
        if (text == null) return false;
        String folded = Simplified.fold(text);
        return of(kind).stream().anyMatch(w -> folded.contains(w.text()));
    }

    /** The value of the longest word of this kind found in the text, or null. */
    static String valueIn(String kind, String text) {
        if (text == null) return null;
        String folded = Simplified.fold(text);
        for (Word w : of(kind)) if (folded.contains(w.text())) return w.value();
        return null;
    }

    /** The value of the longest word of this kind the text starts with, or null. */
    static String valueAtStart(String kind, String text) {
        if (text == null) return null;
        String folded = Simplified.fold(text);
        for (Word w : of(kind)) if (folded.startsWith(w.text())) return w.value();
        return null;
    }

    private static Map<String, List<Word>> load() {
        Map<String, List<Word>> m = new java.util.HashMap<>();
        for (String[] r : MappingFiles.rows("catalog-names.tsv")) {
            if (r.length < 2) throw new IllegalStateException("catalog-names.tsv: row needs kind and text: " + String.join("\t", r));
            m.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Word(r[1], r.length > 2 ? r[2] : null));
        }
        m.values().forEach(l -> l.sort(Comparator.comparingInt((Word w) -> -w.text().length())));
        return Map.copyOf(m);
    }
}
