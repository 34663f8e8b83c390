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

    private final List<Signal> signals;
    private final Map<Field, Double> expected;

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
        return cost == null || affinity(cellText, field) > 0 ? 0 : cost;
    }

    /** {@link #missingSignalCost} of a cell whose affinity for {@code field} is known. */
    double missingSignalCost(double affinity, Field field) {
        Double cost = field == null ? null : expected.get(field);
        return cost == null || affinity > 0 ? 0 : cost;
    }

}
