package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.vocabulary.MappingFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The rows of mappings/catalog-names.tsv by kind. */
final class CatalogWords {

    record Word(String text, String value) {
    }

    private final Map<String, List<Word>> byKind;

    /** From catalog-names.tsv: kind, word, and for some kinds the value the word stands for. */
    CatalogWords(MappingFile file) {
        Map<String, List<Word>> m = new java.util.HashMap<>();
        for (MappingFile.Row r : file.rows()) {
            m.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(new Word(r.get(1), r.size() > 2 ? r.get(2) : null));
        }
        m.values().forEach(l -> l.sort(Comparator.comparingInt((Word w) -> -w.text().length())));
        this.byKind = Map.copyOf(m);
    }

    /** The words of one kind, longest first. */
    List<Word> of(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** True when the text holds a word of this kind. */
    boolean anyIn(String kind, String text) {
        if (text == null) return false;
        String folded = Simplified.fold(text);
        return of(kind).stream().anyMatch(w -> folded.contains(w.text()));
    }

    /** The value of the longest word of this kind found in the text, or null. */
    String valueIn(String kind, String text) {
        if (text == null) return null;
        String folded = Simplified.fold(text);
        for (Word w : of(kind)) if (folded.contains(w.text())) return w.value();
        return null;
    }

    /** The value of the longest word of this kind the text starts with, or null. */
    String valueAtStart(String kind, String text) {
        if (text == null) return null;
        String folded = Simplified.fold(text);
        for (Word w : of(kind)) if (folded.startsWith(w.text())) return w.value();
        return null;
    }
}
