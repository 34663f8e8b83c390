package org.gkml.extract.text;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.MappingFile;
import org.gkml.catalog.Simplified;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What a piece of text says about the column it belongs to (data in mappings/cell-signals.tsv). */
final class CellSignals {

    private record Signal(Field field, double weight, Pattern pattern) {
    }

    /** A back-reference or an inline flag: what a pattern may not hold to be merged with others into one. */
    private static final Pattern UNMERGEABLE = Pattern.compile("\\\\[1-9k]|\\(\\?[a-zA-Z-]");

    private final List<Signal> signals;
    private final Map<Field, Double> expected;
    /**
     * Each field's signals as one alternation, for whether a text shows any of them: the question a finished cell
     * is asked, of every candidate cell. Left out for a field where one alternation might answer otherwise than
     * the signals one by one (a weight not above 0, a back-reference or inline flag in a pattern).
     */
    private final Map<Field, Pattern> anyOf;

    /** @param signals cell-signals.tsv (field, weight, regex); @param expectations cell-expectations.tsv (field, cost) */
    CellSignals(MappingFile signals, MappingFile expectations) {
        List<Signal> out = new ArrayList<>();
        for (MappingFile.Row row : signals.rows()) {
            if (row.size() != 3) throw row.fault("want field, weight, pattern: 3 columns, not " + row.size());
            out.add(new Signal(row.parse(0, Field::ofKey, "a schema field"), row.number(1), row.regex(2)));
        }
        this.signals = List.copyOf(out);
        Map<Field, Double> costs = new EnumMap<>(Field.class);
        for (MappingFile.Row row : expectations.rows()) costs.put(row.parse(0, Field::ofKey, "a schema field"), row.number(1));
        this.expected = costs;
        this.anyOf = alternations(this.signals);
    }

    private static Map<Field, Pattern> alternations(List<Signal> signals) {
        Map<Field, List<Signal>> byField = new EnumMap<>(Field.class);
        for (Signal s : signals) byField.computeIfAbsent(s.field(), f -> new ArrayList<>()).add(s);
        Map<Field, Pattern> out = new EnumMap<>(Field.class);
        for (Map.Entry<Field, List<Signal>> e : byField.entrySet()) {
            boolean mergeable = e.getValue().stream().allMatch(s -> s.weight() > 0 && !UNMERGEABLE.matcher(s.pattern().pattern()).find());
            if (!mergeable) continue;
            StringBuilder b = new StringBuilder();
            for (Signal s : e.getValue()) b.append(b.isEmpty() ? "" : "|").append("(?:").append(s.pattern().pattern()).append(')');
            try {
                out.put(e.getKey(), Pattern.compile(b.toString()));
            } catch (java.util.regex.PatternSyntaxException ex) {
                // e.g. one group name in two patterns: ask them one by one
            }
        }
        return out;
    }

    /** The summed weight of the signals for {@code field} that {@code text} shows. */
    double affinity(String text, Field field) {
        double sum = 0;
        String folded = Simplified.fold(text);   // the signals are written in simplified characters
        for (Signal s : signals) if (s.field() == field && s.pattern().matcher(folded).find()) sum += s.weight();
        return sum;
    }

    /**
     * {@link #affinity} of {@code text} for every field at once, by {@link Field#ordinal()}: one pass over the
     * signals, each field's weights added in the same order, so each sum is the same number.
     */
    double[] affinities(String text) {
        double[] sums = new double[Field.values().length];
        String folded = Simplified.fold(text);
        for (Signal s : signals) if (s.pattern().matcher(folded).find()) sums[s.field().ordinal()] += s.weight();
        return sums;
    }

    /** The strongest weight any field's signal gives {@code text}; used to charge a piece placed elsewhere. */
    double strongest(String text) {
        double best = 0;
        for (Field f : Field.values()) best = Math.max(best, affinity(text, f));
        return best;
    }

    /** What a finished cell of {@code field} costs when it shows none of the signals its column expects. */
    double missingSignalCost(String cellText, Field field) {
        Double cost = field == null ? null : expected.get(field);
        return cost == null || showsAny(cellText, field) ? 0 : cost;
    }

    /** Whether {@code text} shows a signal of {@code field}: its {@link #affinity} is above 0. */
    boolean showsAny(String text, Field field) {
        Pattern any = anyOf.get(field);
        return any == null ? affinity(text, field) > 0 : any.matcher(Simplified.fold(text)).find();
    }

    /** {@link #missingSignalCost} of a cell whose affinity for {@code field} is known. */
    double missingSignalCost(double affinity, Field field) {
        Double cost = field == null ? null : expected.get(field);
        return cost == null || affinity > 0 ? 0 : cost;
    }

}
