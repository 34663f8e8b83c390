package org.gkml.extract.text;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.MappingFiles;
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

    private static final List<Signal> SIGNALS = load();
    private static final Map<Field, Double> EXPECTED = loadExpectations();

    private CellSignals() {
    }

    /** The summed weight of the signals for {@code field} that {@code text} shows. */
    static double affinity(String text, Field field) {
        double sum = 0;
        String folded = Simplified.fold(text);   // the signals are written in simplified characters
        for (Signal s : SIGNALS) if (s.field() == field && s.pattern().matcher(folded).find()) sum += s.weight();
        return sum;
    }

    /** The strongest weight any field's signal gives {@code text}; used to charge a piece placed elsewhere. */
    static double strongest(String text) {
        double best = 0;
        for (Field f : Field.values()) best = Math.max(best, affinity(text, f));
        return best;
    }

    /** What a finished cell of {@code field} costs when it shows none of the signals its column expects. */
    static double missingSignalCost(String cellText, Field field) {
        Double cost = field == null ? null : EXPECTED.get(field);
        return cost == null || affinity(cellText, field) > 0 ? 0 : cost;
    }

    private static Map<Field, Double> loadExpectations() {
        Map<Field, Double> out = new EnumMap<>(Field.class);
        for (String[] row : MappingFiles.rows("cell-expectations.tsv")) out.put(Field.ofKey(row[0]), Double.parseDouble(row[1]));
        return out;
    }

    private static List<Signal> load() {
        List<Signal> out = new ArrayList<>();
        for (String[] row : MappingFiles.rows("cell-signals.tsv")) {
            if (row.length != 3) throw new IllegalStateException("cell-signals.tsv: want field, weight, pattern: " + String.join("|", row));
            out.add(new Signal(Field.ofKey(row[0]), Double.parseDouble(row[1]), Pattern.compile(row[2])));
        }
        return out;
    }
}
