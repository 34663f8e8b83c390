package org.gkml.extract.text;

import org.gkml.catalog.Field;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link CellSignals}' readings of the texts of one document, each text read once. The flow-row solver asks
 * what a piece signals for every column, as a cell's start and as its continuation, in every pass, and what
 * each candidate cell lacks; the answer depends on the text alone. One per document read, never shared.
 */
final class SignalCache {

    private final CellSignals signals;
    /** Each text's affinity by field ordinal, and in the last slot the strongest of them (at least 0). */
    private final Map<String, double[]> readings = new HashMap<>();

    SignalCache(CellSignals signals) {
        this.signals = signals;
    }

    /** As {@link CellSignals#affinity}. */
    double affinity(String text, Field field) {
        return reading(text)[field.ordinal()];
    }

    /** As {@link CellSignals#strongest}. */
    double strongest(String text) {
        double[] r = reading(text);
        return r[r.length - 1];
    }

    /**
     * As {@link CellSignals#missingSignalCost(String, Field)}. A cell of several pieces is seldom asked twice (the
     * solver keeps its costs), so its text is not kept: only whether it shows the field's signals is asked.
     */
    double missingSignalCost(String cellText, Field field) {
        if (field == null) return 0;
        double[] r = readings.get(cellText);
        return r != null ? signals.missingSignalCost(r[field.ordinal()], field) : signals.missingSignalCost(cellText, field);
    }

    private double[] reading(String text) {
        double[] r = readings.get(text);
        if (r == null) {
            double[] sums = signals.affinities(text);
            r = java.util.Arrays.copyOf(sums, sums.length + 1);
            double best = 0;
            for (double s : sums) best = Math.max(best, s);
            r[sums.length] = best;
            readings.put(text, r);
        }
        return r;
    }
}
