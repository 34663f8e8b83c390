package org.gkml.extract.text;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.MappingFile;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cached signal readings and the one-alternation check answer as CellSignals does one signal at a time. */
class SignalCacheTest {

    private static final CellSignals SIGNALS = TextVocabulary.of(Mappings.builtIn()).signals();

    @Test
    void cachedReadingsEqualTheUncachedOnesOverTheSeedsPieces() throws Exception {
        List<Fragment> pieces = SeedPieces.all();
        assertTrue(pieces.size() > 500, "the seeds' pieces: " + pieces.size());
        SignalCache cache = new SignalCache(SIGNALS);
        int shown = 0;
        for (int round = 0; round < 2; round++) {   // the second round answers from the cache
            for (Fragment f : pieces) {
                assertEquals(SIGNALS.strongest(f.text()), cache.strongest(f.text()), f.text());
                for (Field field : Field.values()) {
                    assertEquals(SIGNALS.affinity(f.text(), field), cache.affinity(f.text(), field), f.text() + " " + field);
                    if (SIGNALS.affinity(f.text(), field) > 0) shown++;
                }
            }
        }
        assertTrue(shown > 200, "pieces showing a signal: " + shown);
    }

    @Test
    void missingSignalCostOfEveryCandidateCellIsUnchanged() throws Exception {
        SignalCache cache = new SignalCache(SIGNALS);
        List<Fragment> pieces = SeedPieces.all();
        for (Fragment f : pieces) cache.strongest(f.text());   // single pieces are cached, longer cells are not
        int charged = 0;
        for (String cell : SeedPieces.cells(pieces, 4)) {
            for (Field field : Field.values()) {
                // as before the alternation: charged only when no signal of its field gives the cell weight
                double expected = SIGNALS.affinity(cell, field) > 0 ? 0 : SIGNALS.missingSignalCost(0.0, field);
                assertEquals(expected, SIGNALS.missingSignalCost(cell, field), cell + " " + field);
                assertEquals(expected, cache.missingSignalCost(cell, field), cell + " " + field);
                if (expected > 0) charged++;
            }
        }
        assertEquals(0, cache.missingSignalCost("任何", null));
        assertTrue(charged > 100, "cells charged for a missing signal: " + charged);
    }

    @Test
    void affinitiesSumEveryMatchingSignalOfAFieldNotJustOne() {
        CellSignals signals = signals("time_limit\t3\t工作日", "time_limit\t1.5\t日内", "basis\t2\t《");
        assertEquals(4.5, signals.affinity("十个工作日内", Field.TIME_LIMIT));
        assertEquals(4.5, new SignalCache(signals).strongest("十个工作日内"));
        assertEquals(0, signals.missingSignalCost("十个工作日内", Field.TIME_LIMIT));
        assertEquals(4, signals.missingSignalCost("长期", Field.TIME_LIMIT));
    }

    @Test
    void aFieldWithANegativeSignalIsAskedSignalBySignal() {
        // 工作日 with a negative signal sums to 0: no signal shown, though a pattern matches
        CellSignals signals = signals("time_limit\t1\t工作日", "time_limit\t-1\t个工作日");
        assertEquals(0, signals.affinity("十个工作日", Field.TIME_LIMIT));
        assertEquals(4, signals.missingSignalCost("十个工作日", Field.TIME_LIMIT));
        assertEquals(0, signals.missingSignalCost("工作日", Field.TIME_LIMIT));
    }

    @Test
    void patternsAnchoredAtEitherEndStayAnchoredInTheAlternation() {
        CellSignals signals = signals("basis\t3\t^《", "basis\t1.5\t法》$");
        assertEquals(0, signals.missingSignalCost("《条例》", Field.BASIS));
        assertEquals(0, signals.missingSignalCost("依据某某法》", Field.BASIS));
        assertEquals(4, signals.missingSignalCost("依据《某某法》第三条", Field.BASIS));
    }

    private static CellSignals signals(String... rows) {
        List<MappingFile.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) out.add(new MappingFile.Row("test", i + 1, rows[i], List.of(rows[i].split("\t"))));
        MappingFile expectations = new MappingFile("cell-expectations.tsv", "test", List.of(
                new MappingFile.Row("test", 1, "time_limit\t4", List.of("time_limit", "4")),
                new MappingFile.Row("test", 2, "basis\t4", List.of("basis", "4"))));
        return new CellSignals(new MappingFile("cell-signals.tsv", "test", out), expectations);
    }
}
