package org.gkml.report;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Simplified;
import org.gkml.report.coverage.Concordance;
import org.gkml.report.coverage.Coverage;
import org.gkml.report.coverage.ItemMatcher;
import org.gkml.report.coverage.ItemNames;
import org.gkml.report.coverage.ItemWords;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which references a catalog is held against in 缺项 and the red cells of 覆盖: the reference(s) of its field.
 * <ul>
 * <li>Both titles name a field (领域): the names decide, as {@link ReferenceFields} says.</li>
 * <li>Otherwise the items and the agency decide. A reference's <em>field items</em> are its items that are not general
 * (mappings/reference-fit.tsv {@code general}: 机构职能, 规范性文件, 部门预决算 … that every agency lists whatever its
 * field, and names that say only a kind of document or what of a service is published, 政策文件, 办事指南). The
 * fields shown are the title's or the one the agency's name says ({@link AgencyField}: 岳麓区教育局 → 教育). A catalog
 * is compared when both sides show the same field, or one shows a field the other's names say (医疗保障局 against a
 * template of several 医疗保障 items; a 人力资源和社会保障局 listing 就业创业 items against a 就业 template); else when it lists {@code min_shared} of the field items, or, where a field shown
 * says otherwise, {@code min_shared_against} (one shared name may be a wrong match: 统计公报 / 教育事业统计公报).
 * Otherwise it is not compared: the template's field items would all be listed as missing.</li>
 * <li>A reference with no field items (a general template) is held against every catalog.</li>
 * </ul>
 */
public final class ReferenceFit {

    /** The mapping file. */
    public static final String FILE = "reference-fit.tsv";

    /**
     * The references a catalog is held against, and, when none, why not (one line in Chinese for 缺项).
     *
     * @param compared the references (indexes in the order given) it is held against
     */
    public record Verdict(BitSet compared, String reason) {
        public boolean any() {
            return !compared.isEmpty();
        }
    }

    private final List<CatalogDocument> references;
    private final Coverage coverage;
    private final AgencyField agencyField;
    /** per reference, its field items (keys of the coverage rows) */
    private final List<Set<String>> fieldItems = new ArrayList<>();
    /** per reference, its entries' names (一级事项 and 二级事项, folded), where a catalog's field is looked for */
    private final List<Set<String>> referenceNames = new ArrayList<>();
    private final int minShared;
    private final int minSharedAgainst;

    /**
     * @param references the references, added to {@code coverage} in this order
     * @param rows       the rows of reference-fit.tsv
     */
    public ReferenceFit(List<CatalogDocument> references, Coverage coverage, ItemNames names, ItemWords words, List<String[]> rows) {
        this.references = List.copyOf(references);
        this.coverage = coverage;
        List<String> general = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> governments = new ArrayList<>();
        int shared = 1;
        int against = 2;
        for (String[] r : rows) {
            switch (r[0]) {
                case "general" -> general.add(r[1]);
                case "unit" -> units.add(r[1]);
                case "government" -> governments.add(r[1]);
                case "min_shared" -> shared = Integer.parseInt(r[1].strip());
                case "min_shared_against" -> against = Integer.parseInt(r[1].strip());
                default -> throw new IllegalArgumentException(FILE + ": unknown kind '" + r[0]
                        + "' (general, unit, government, min_shared, min_shared_against)");
            }
        }
        this.minShared = shared;
        this.minSharedAgainst = against;
        this.agencyField = new AgencyField(units, governments);
        Concordance concordance = Concordance.of(names, words);
        for (int r = 0; r < coverage.references() && r < references.size(); r++) {
            Set<String> field = new LinkedHashSet<>();
            for (String key : coverage.referenceKeys(r)) {
                if (!general(concordance, words, general, coverage.item(key))) field.add(key);
            }
            fieldItems.add(field);
            referenceNames.add(names(references.get(r)));
        }
    }

    /** Whether a reference's item says nothing of its field: a general item, or a kind of document or aspect alone. */
    private static boolean general(Concordance concordance, ItemWords words, List<String> general, Coverage.Item i) {
        if (words.aspectOnly(i.name())) return true;
        ItemMatcher.Named item = new ItemMatcher.Named(i.name(), i.category());
        for (String g : general) if (concordance.same(item, ItemMatcher.Named.of(g))) return true;
        return false;
    }

    /** A catalog's entries' names (一级事项 and 二级事项 of each, folded), each entry's once. */
    private static Set<String> names(CatalogDocument d) {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : d.entries()) {
            String name = (e.category() == null ? "" : e.category().strip()) + "\n" + (e.item() == null ? "" : e.item().strip());
            if (!name.isBlank()) out.add(Simplified.fold(name));
        }
        return out;
    }

    /**
     * Whether names say a field: at least {@code min_shared_against} entries hold it (a template of 医疗保障 items
     * says 医疗保障 in several; one entry 基本医疗保障事业发展统计公报 does not make it a 统计 template).
     */
    private boolean say(Set<String> names, String field) {
        int n = 0;
        for (String name : names) if (name.contains(field) && ++n >= minSharedAgainst) return true;
        return false;
    }

    /** The field items of reference {@code r} (keys), in its order. */
    public Set<String> fieldItems(int r) {
        return fieldItems.get(r);
    }

    /** The references catalog {@code d}, whose items are {@code keys}, is held against. */
    public Verdict judge(CatalogDocument d, Set<String> keys) {
        BitSet compared = new BitSet();
        List<String> why = new ArrayList<>();
        List<String> otherFields = new ArrayList<>();
        String titled = ReferenceFields.field(d);
        String field = agencyField.of(d);
        Set<String> catalogNames = null;
        for (int r = 0; r < fieldItems.size(); r++) {
            CatalogDocument ref = references.get(r);
            String refTitled = ReferenceFields.field(ref);
            if (titled != null && refTitled != null) {
                if (ReferenceFields.sameField(titled, refTitled)) compared.set(r);
                else otherFields.add(refTitled);
                continue;
            }
            Set<String> items = fieldItems.get(r);
            if (items.isEmpty()) {
                compared.set(r);
                continue;
            }
            int shared = 0;
            for (String k : items) if (keys.contains(k)) shared++;
            String refField = agencyField.of(ref);
            // what the fields say: null when neither side shows one
            Boolean same = null;
            if (field != null && refField != null && ReferenceFields.sameField(field, refField)) same = true;
            else if (field != null && say(referenceNames.get(r), field)) same = true;
            else if (refField != null) {
                if (catalogNames == null) catalogNames = names(d);
                same = say(catalogNames, refField);
            }
            if (field != null && !Boolean.TRUE.equals(same)) same = false;
            if (Boolean.TRUE.equals(same) || shared >= (same == null ? minShared : minSharedAgainst)) {
                compared.set(r);
                continue;
            }
            if (refField != null && field != null) otherFields.add(refField);
            else why.add("参考目录" + coverage.referenceLabel(r) + (refField == null ? "" : "（" + refField + "）") + "的 " + items.size()
                    + " 项领域事项（" + examples(items) + "）本目录" + (shared == 0 ? "一项未列" : "只列 " + shared + " 项"));
        }
        if (!compared.isEmpty()) return new Verdict(compared, null);
        String own = field == null ? "本目录未写明领域" : "本目录属" + field + "领域";
        List<String> parts = new ArrayList<>();
        if (!otherFields.isEmpty()) parts.add("参考目录属" + String.join("、", new LinkedHashSet<>(otherFields)) + "领域");
        parts.addAll(why);
        return new Verdict(compared, own + "，" + String.join("；", parts));
    }

    private String examples(Set<String> keys) {
        List<String> names = new ArrayList<>();
        for (String k : keys) {
            if (names.size() == 3) {
                names.add("…");
                break;
            }
            names.add(coverage.item(k).name());
        }
        return String.join("、", names);
    }
}
