package org.gkml.report.coverage;

import org.gkml.vocabulary.MappingFile;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The item concordance measured on hand-judged pairs: precision and recall of "one item". The thresholds and word
 * lists are tuned on the development pairs: the even half (CRC-32 of the pair) of
 * src/test/resources/report/item-pairs.tsv, all of item-pairs-dev.tsv, of item-pairs-dev-context.tsv (short names
 * read with their 一级事项) and of item-pairs-dev-cilin.tsv (synonyms of 同义词词林, names listing two items). The held-out sets, measured: the
 * odd half of item-pairs.tsv, item-pairs-held-out-2.tsv (written, judged and committed before the concordance
 * was run on it), item-pairs-held-out-3.tsv (real item names of the practice and corpus gold, likewise) and
 * item-pairs-held-out-5.tsv (real names of county and town standard catalogs, likewise) and item-pairs-held-out-6.tsv
 * (the same, of other fields, likewise) and item-pairs-held-out-7.tsv (税收, 市政, 城市综合执法 and department catalogs,
 * likewise). item-pairs-held-out-4.tsv (real item names of the gold extracts and of county
 * and town catalogs) was held out until its errors were studied and is a development set now, scored apart. Issue 12's targets (precision ≥ 0.95 at recall ≥ 0.85) are printed, not yet met there; the
 * assertions keep what is reached, and fail for folding and synonyms alone.
 */
class ItemPairsTest {

    static final double TARGET_PRECISION = 0.95;
    static final double TARGET_RECALL = 0.85;
    /**
     * What the methods reach on the held-out half (0.953 at 0.859 since a list after an action is read as its 对象, the
     * issue's target met on the one set studied that round; 0.952 at 0.845 since a form word inside a compound and 服务 / 活动 at
     * the end are left out; 0.951 at 0.817 since NameShape, list words, the specific single
     * word, compounds taken apart and a general word read in its category; 0.915 at 0.761 before), less under a
     * pair's worth of slack.
     */
    static final double HELD_OUT_PRECISION = 0.945;
    static final double HELD_OUT_RECALL = 0.83;
    /**
     * The same on the second held-out set (0.966 at 0.783 since a form word inside a compound and 服务 / 活动 at the end
     * are left out; 0.964 at 0.755 since 随机抽查 and the 动态 names; 0.964 at 0.741 before, 0.966
     * at 0.601 when it was written), less the slack.
     */
    static final double HELD_OUT_2_PRECISION = 0.955;
    static final double HELD_OUT_2_RECALL = 0.775;
    /**
     * The same on the third held-out set, real item names of two catalogs each (0.979 at 0.770 since 服务 / 活动 at the
     * end are form words; 0.979 at 0.754 since a name of a kind
     * of document, plan or result is read with its 一级事项, one right pair lost; 0.979 at 0.770 since a name of a
     * service's aspects is; 0.904 at 0.770 when it was written), less under a pair's worth.
     */
    static final double HELD_OUT_3_PRECISION = 0.965;
    static final double HELD_OUT_3_RECALL = 0.76;
    /**
     * The fourth set, real names of the gold extracts and of county and town catalogs in the stored pages, held out until
     * 4 December 2026 (0.778 at 0.447 then; 0.714 at 0.426 when it was written) and a development set since its errors
     * were studied: 0.939 at 0.660 with 上级 set apart, 扶持 a kind, 登记备案 read as 备案, 行政规范性文件 as 规范性文件,
     * 部门信息公开 as 政府信息公开, a bracket restating the word before it dropped, laws listed beside a field's documents
     * read with the 一级事项, 业务 and 手续 generic and a catalog's basic or full list read as its list. Less a pair's
     * worth.
     */
    static final double HELD_OUT_4_PRECISION = 0.93;
    static final double HELD_OUT_4_RECALL = 0.64;
    /**
     * The same on the fifth held-out set, real names of county and town standard catalogs and the gold extracts, written
     * and committed before it was measured (0.935 at 0.537 since 登记备案 is read as 备案; 0.933 at 0.519 when it was
     * written, with a name listing two items read as not one of them), less a pair's worth.
     */
    static final double HELD_OUT_5_PRECISION = 0.92;
    static final double HELD_OUT_5_RECALL = 0.52;
    /**
     * The same on the sixth held-out set, real names of county and town standard catalogs (安全生产, 救灾, 公共法律服务,
     * 公共文化服务, 户籍管理, 交通运输, 财政预决算) and the gold extracts, written and committed before it was measured
     * (0.941 at 0.604 when it was written; 0.943 at 0.623 at the end of the round that studied the fourth set), less a pair's
     * worth.
     */
    static final double HELD_OUT_6_PRECISION = 0.93;
    static final double HELD_OUT_6_RECALL = 0.60;
    /**
     * The same on the seventh held-out set, real names of 税收, 市政, 城市综合执法, 食品药品, 养老, 涉农补贴 and department
     * catalogs, written and committed before it was measured (0.933 at 0.560 when it was written), less a pair's worth.
     * Its errors are not printed: it was the set no rule of its round was chosen on.
     */
    static final double HELD_OUT_7_PRECISION = 0.92;
    static final double HELD_OUT_7_RECALL = 0.54;

    record Pair(ItemMatcher.Named a, ItemMatcher.Named b, boolean same, boolean heldOut) {
    }

    record Score(int pairs, int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        boolean meetsTargets() {
            return precision() >= TARGET_PRECISION && recall() >= TARGET_RECALL;
        }

        @Override
        public String toString() {
            return String.format("%d pairs: precision %.3f recall %.3f (%d right, %d wrong merges, %d missed)", pairs, precision(), recall(), tp, fp, fn);
        }
    }

    /** The pairs of item-pairs.tsv, the odd half (CRC-32 of "a<TAB>b") held out. */
    static List<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String[] c : rows("item-pairs.tsv")) {
            CRC32 crc = new CRC32();
            crc.update((c[0] + "\t" + c[1]).getBytes(StandardCharsets.UTF_8));
            out.add(pair(c, crc.getValue() % 2 == 1));
        }
        return out;
    }

    /** The pairs of a file that is all development pairs or all held out. */
    static List<Pair> pairs(String file, boolean heldOut) throws IOException {
        return rows(file).stream().map(c -> pair(c, heldOut)).toList();
    }

    private static List<String[]> rows(String file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/report", file), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) out.add(line.split("\t", -1));
        }
        return out;
    }

    private static Pair pair(String[] c, boolean heldOut) {
        return new Pair(new ItemMatcher.Named(c[0], category(c, 3)), new ItemMatcher.Named(c[1], category(c, 4)), c[2].equals("1"), heldOut);
    }

    private static String category(String[] c, int i) {
        return c.length > i && !c[i].isBlank() ? c[i] : null;
    }

    static Score score(List<Pair> pairs, BiPredicate<ItemMatcher.Named, ItemMatcher.Named> matches) {
        int tp = 0, fp = 0, fn = 0;
        for (Pair p : pairs) {
            boolean m = matches.test(p.a(), p.b());
            if (m && p.same()) tp++;
            else if (m) fp++;
            else if (p.same()) fn++;
        }
        return new Score(pairs.size(), tp, fp, fn);
    }

    static ItemNames names() {
        return new ItemNames(mapping("item-synonyms.tsv"));
    }

    static ItemWords words() {
        return new ItemWords(mapping("item-words.tsv"));
    }

    private static List<String[]> mapping(String file) {
        return Mappings.builtIn().file(file).rows().stream().map(MappingFile.Row::toArray).toList();
    }

    @Test
    void theConcordanceMeetsTheTargetsOnHeldOutPairs() throws IOException {
        List<Pair> all = pairs();
        assertTrue(all.size() >= 150, "at least 150 judged pairs");
        List<Pair> tuned = new ArrayList<>(all.stream().filter(p -> !p.heldOut()).toList());
        tuned.addAll(pairs("item-pairs-dev.tsv", false));
        List<Pair> context = pairs("item-pairs-dev-context.tsv", false);
        tuned.addAll(context);
        List<Pair> thesaurus = pairs("item-pairs-dev-cilin.tsv", false);
        tuned.addAll(thesaurus);
        List<Pair> heldOut = all.stream().filter(Pair::heldOut).toList();
        List<Pair> heldOut2 = pairs("item-pairs-held-out-2.tsv", true);
        List<Pair> heldOut3 = pairs("item-pairs-held-out-3.tsv", true);
        // the fourth set was held out until its errors were studied (4 December 2026): now a development set, printed apart
        List<Pair> heldOut4 = pairs("item-pairs-held-out-4.tsv", false);
        List<Pair> heldOut5 = pairs("item-pairs-held-out-5.tsv", true);
        List<Pair> heldOut6 = pairs("item-pairs-held-out-6.tsv", true);
        List<Pair> heldOut7 = pairs("item-pairs-held-out-7.tsv", true);
        ItemNames names = names();
        Concordance concordance = Concordance.of(names, words());
        BiPredicate<ItemMatcher.Named, ItemMatcher.Named> folded = (a, b) -> names.key(a.name()).key().equals(names.key(b.name()).key());
        BiPredicate<ItemMatcher.Named, ItemMatcher.Named> full = concordance::same;
        // the tuning half's errors, to tune by; the held-out half's are not shown
        List<Pair> studied = new ArrayList<>(tuned);
        studied.addAll(heldOut4);
        for (Pair p : studied) {
            if (full.test(p.a(), p.b()) != p.same()) {
                Concordance.Verdict v = concordance.judge(p.a(), p.b());
                System.out.printf("  tuning pair %s / %s judged %d: %s%n", p.a().name(), p.b().name(), p.same() ? 1 : 0, v);
            }
        }
        System.out.println("item concordance, folded text and synonyms only: all " + score(all, folded) + "; held out " + score(heldOut, folded));
        System.out.println("item concordance, development pairs of names read with their 一级事项: " + score(context, full));
        System.out.println("item concordance, with word overlap and character pairs: tuning " + score(tuned, full) + "; held out "
                + score(heldOut, full) + "; second held-out set " + score(heldOut2, full) + "; third held-out set (real names) " + score(heldOut3, full)
                + "; fourth set (real names, development since its errors were studied) " + score(heldOut4, full) + "; fifth held-out set (real names) " + score(heldOut5, full)
                + "; sixth held-out set (real names) " + score(heldOut6, full) + "; seventh held-out set (real names) " + score(heldOut7, full));
        System.out.println("item concordance, development pairs of synonyms and listed items: " + score(thesaurus, full));
        // the synonyms of 同义词词林 asked too (Concordance.withThesaurus): measured, not used by gkml report
        Concordance cilin = Concordance.withThesaurus(names, words(), Cilin.shipped());
        BiPredicate<ItemMatcher.Named, ItemMatcher.Named> withCilin = cilin::same;
        System.out.println("item concordance with 同义词词林 (not used): tuning " + score(tuned, withCilin) + "; synonym pairs " + score(thesaurus, withCilin)
                + "; held out " + score(heldOut, withCilin) + "; second " + score(heldOut2, withCilin) + "; third " + score(heldOut3, withCilin)
                + "; fourth " + score(heldOut4, withCilin) + "; fifth " + score(heldOut5, withCilin) + "; sixth " + score(heldOut6, withCilin));
        Score held = score(heldOut, full);
        Score held2 = score(heldOut2, full);
        // Issue 12 asks for precision >= 0.95 at recall >= 0.85; on the held-out half the methods reach about 0.915 at 0.76
        // (README, "The coordinator's workbench"). These floors keep what is reached; a change that loses it fails here.
        assertTrue(held.precision() >= HELD_OUT_PRECISION && held.recall() >= HELD_OUT_RECALL, "held-out " + held);
        assertTrue(held2.precision() >= HELD_OUT_2_PRECISION && held2.recall() >= HELD_OUT_2_RECALL, "second held-out set " + held2);
        Score held3 = score(heldOut3, full);
        assertTrue(held3.precision() >= HELD_OUT_3_PRECISION && held3.recall() >= HELD_OUT_3_RECALL, "third held-out set " + held3);
        Score held4 = score(heldOut4, full);
        assertTrue(held4.precision() >= HELD_OUT_4_PRECISION && held4.recall() >= HELD_OUT_4_RECALL, "fourth set (development) " + held4);
        Score held5 = score(heldOut5, full);
        assertTrue(held5.precision() >= HELD_OUT_5_PRECISION && held5.recall() >= HELD_OUT_5_RECALL, "fifth held-out set " + held5);
        Score held6 = score(heldOut6, full);
        assertTrue(held6.precision() >= HELD_OUT_6_PRECISION && held6.recall() >= HELD_OUT_6_RECALL, "sixth held-out set " + held6);
        Score held7 = score(heldOut7, full);
        assertTrue(held7.precision() >= HELD_OUT_7_PRECISION && held7.recall() >= HELD_OUT_7_RECALL, "seventh held-out set " + held7);
        Score old = score(heldOut, folded);
        assertTrue(old.recall() < HELD_OUT_RECALL, "folding and synonyms alone should not reach the floor; the pairs would be too easy: " + old);
        System.out.println("issue 12 targets (precision >= " + TARGET_PRECISION + " at recall >= " + TARGET_RECALL + ") met on the held-out half: "
                + held.meetsTargets() + "; on the second held-out set: " + held2.meetsTargets() + "; on the third: " + held3.meetsTargets()
                + "; on the fifth: " + held5.meetsTargets() + "; on the sixth: " + held6.meetsTargets() + "; on the seventh: " + held7.meetsTargets());
    }

    @Test
    void thePairsAreBalancedEnoughToMeasureBothWays() throws IOException {
        List<Pair> all = pairs();
        long same = all.stream().filter(Pair::same).count();
        assertTrue(same >= all.size() * 0.4 && same <= all.size() * 0.6, same + " of " + all.size() + " pairs judged the same");
        long heldOut = all.stream().filter(Pair::heldOut).count();
        assertTrue(heldOut >= all.size() * 0.4 && heldOut <= all.size() * 0.6, heldOut + " of " + all.size() + " pairs held out");
        for (String file : List.of("item-pairs-dev.tsv", "item-pairs-held-out-2.tsv")) {
            List<Pair> more = pairs(file, false);
            long alike = more.stream().filter(Pair::same).count();
            assertTrue(more.size() >= 150 && alike >= more.size() * 0.4 && alike <= more.size() * 0.6, file + ": " + alike + " of " + more.size() + " judged the same");
        }
        // real names of different catalogs are mostly different items: a third of them (a quarter or more) are the same
        for (String file : List.of("item-pairs-held-out-3.tsv", "item-pairs-held-out-4.tsv", "item-pairs-held-out-5.tsv", "item-pairs-held-out-6.tsv", "item-pairs-held-out-7.tsv")) {
            List<Pair> real = pairs(file, false);
            long alike = real.stream().filter(Pair::same).count();
            assertTrue(real.size() >= (file.endsWith("5.tsv") ? 100 : 150) && alike >= real.size() * 0.25 && alike <= real.size() * 0.6, file + ": " + alike + " of " + real.size() + " judged the same");
        }
    }
}
