package org.gkml.vocabulary;

import org.gkml.catalog.Field;
import org.gkml.catalog.Simplified;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The options of the tick fields (公开对象, 公开方式, 五公开 type, 公开层级): which field a sub-column label
 * belongs to, its canonical value, and the options named inside free text. Data: mappings/options.tsv.
 */
public final class Options {

    private record Option(Field field, String label, String canonical) {
    }

    private static final java.util.regex.Pattern COMPOUND_SEPARATOR = java.util.regex.Pattern.compile("[、，,/和及]");

    /** As listed in options.tsv: the canonical order of a field's values. */
    private final List<Option> inFileOrder;
    /** Longest label first, so that 依申请公开 is found before 依申请 and 主动公开 before 主动. */
    private final List<Option> longestFirst;

    /** From options.tsv: field, label as printed, canonical value. */
    Options(MappingFile file) {
        List<Option> options = new ArrayList<>();
        for (MappingFile.Row row : file.rows()) {
            options.add(new Option(row.parse(0, Field::valueOf, "a schema field name (AUDIENCE)"), squeeze(row.get(1)), row.get(2)));
        }
        this.inFileOrder = List.copyOf(options);
        this.longestFirst = inFileOrder.stream().sorted(Comparator.comparingInt((Option o) -> -o.label().length())).toList();
    }

    public Optional<Field> fieldOf(String label) {
        return find(label).map(Option::field);
    }

    public Optional<String> canonical(Field field, String label) {
        return find(label).filter(o -> o.field() == field).map(Option::canonical);
    }

    public List<String> audienceIn(String text) {
        return valuesIn(Field.AUDIENCE, text);
    }

    public List<String> disclosureModesIn(String text) {
        return valuesIn(Field.DISCLOSURE_MODE, text);
    }

    /** The canonical values of a field whose labels occur in the text, in the order of the mapping file. */
    public List<String> valuesIn(Field field, String text) {
        if (text == null) return List.of();
        StringBuilder rest = new StringBuilder(Simplified.fold(squeeze(text)));
        LinkedHashSet<String> found = new LinkedHashSet<>();
        for (Option o : longestFirst) {
            if (o.field() != field) continue;
            int at = rest.indexOf(o.label());
            if (at < 0) continue;
            found.add(o.canonical());
            rest.replace(at, at + o.label().length(), "\u0000");   // a shorter label must not count it again
        }
        return canonicalOrder(field, found);
    }

    private List<String> canonicalOrder(Field field, LinkedHashSet<String> found) {
        if (found.isEmpty()) return List.of();
        List<String> ordered = new ArrayList<>();
        for (Option o : inFileOrder) {
            if (o.field() == field && found.contains(o.canonical()) && !ordered.contains(o.canonical())) ordered.add(o.canonical());
        }
        return ordered;
    }

    private Optional<Option> find(String label) {
        if (label == null) return Optional.empty();
        String l = Simplified.fold(squeeze(label));
        Optional<Option> listed = longestFirst.stream().filter(o -> o.label().equals(l)).findFirst();
        return listed.isPresent() ? listed : compoundLevel(squeeze(label));
    }

    /**
     * A level tick column that names several levels in one label (乡、村级 = 乡级 + 村级; 县、乡级): a level as
     * printed, when every part, completed with the shared 级, is a listed level.
     */
    private Optional<Option> compoundLevel(String label) {
        String folded = Simplified.fold(label);
        if (!folded.endsWith("级")) return Optional.empty();
        String[] parts = COMPOUND_SEPARATOR.split(folded);
        if (parts.length < 2) return Optional.empty();
        for (String part : parts) {
            String level = part.endsWith("级") ? part : part + "级";
            boolean listed = longestFirst.stream().anyMatch(o -> o.field() == Field.LEVELS && o.label().equals(level));
            if (part.isEmpty() || !listed) return Optional.empty();
        }
        return Optional.of(new Option(Field.LEVELS, label, label));
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) b.append(c);
        return b.toString();
    }

}
