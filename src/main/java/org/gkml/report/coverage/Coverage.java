package org.gkml.report.coverage;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The concordance of items across catalogs (rows) and who lists each (columns): the 覆盖 and 缺项 sheets. Memory
 * grows with the distinct items and columns, never with the entries, so a million entries fit.
 *
 * <p>Items appear in the order first met; the reference catalogs are added first, so the template's order leads.
 */
public final class Coverage {

    /**
     * Between a row's folded name and its 一级事项's, in the key of a row that names what of a service is published
     * (办事指南 under 临时救助); folded text has no such character.
     */
    static final char SERVICE = '@';

    /** The folded name in a row's key, without the service it is of. */
    static String nameOf(String key) {
        int at = key.indexOf(SERVICE);
        return at < 0 ? key : key.substring(0, at);
    }

    /** How many different spellings of one item the sheet lists. */
    private static final int SPELLINGS_SHOWN = 6;

    /** One row of the matrix. */
    public static final class Item {
        private final String key;
        private final String name;
        private String category;
        private ItemNames.Method method = ItemNames.Method.NORMALISED;
        private final Set<String> spellings = new LinkedHashSet<>();
        private boolean inReference;
        /** the references (in the order given) that list the item */
        private final BitSet references = new BitSet();
        private final Map<Integer, Integer> catalogsPerColumn = new TreeMap<>();
        private int catalogs;

        Item(String key, String name) {
            this.key = key;
            this.name = name;
        }

        public String key() {
            return key;
        }

        /** The name a synonym row or a correction gives it, else as first met (the reference's, when it has the item). */
        public String name() {
            return name;
        }

        public String category() {
            return category;
        }

        /** Synonym when any spelling reached the row through mappings/item-synonyms.tsv. */
        public ItemNames.Method method() {
            return method;
        }

        public Set<String> spellings() {
            return spellings;
        }

        public boolean inReference() {
            return inReference;
        }

        /** Whether reference {@code r} (0 for the first given) lists the item. */
        public boolean inReference(int r) {
            return references.get(r);
        }

        /** Whether any of the references {@code refs} lists the item. */
        public boolean inAnyOf(BitSet refs) {
            return references.intersects(refs);
        }

        /** How many catalogs of column {@code column} list the item. */
        public int catalogsIn(int column) {
            return catalogsPerColumn.getOrDefault(column, 0);
        }

        /** How many catalogs (references not counted) list the item. */
        public int catalogs() {
            return catalogs;
        }
    }

    /**
     * A column: one agency (or the catalog's file name, when its agency is not known).
     *
     * @param comparedWith the references any of its catalogs is held against (one of another field is not, see
     *                     {@code ReferenceFit}): only an item of these that it lacks is marked
     */
    public record Column(String label, int catalogs, BitSet comparedWith) {

        /** Whether the column lacks item {@code i} of a reference it is held against. */
        public boolean lacks(Item i, int column) {
            return i.catalogsIn(column) == 0 && i.inAnyOf(comparedWith);
        }
    }

    private final ItemNames names;
    private final ItemWords words;
    private final Concordance concordance;
    /** a folded name that met no row by folding or synonyms → the key of the row the likeness methods put it under */
    private final Map<String, Nearest> alike = new HashMap<>();
    /** content word or character pair → the rows whose name has it: the only rows a new name is compared with */
    private final Map<String, List<Item>> candidates = new HashMap<>();
    /** the rows of the catalog being added: a catalog does not list one item twice, so none of them is a likeness match */
    private Set<String> current = Set.of();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Integer> columnIndex = new LinkedHashMap<>();
    private final List<Integer> columnCatalogs = new ArrayList<>();
    private final List<BitSet> columnCompared = new ArrayList<>();
    private final Map<String, Item> reference = new LinkedHashMap<>();
    /** each reference's items (keys), in its order */
    private final List<Set<String>> referenceKeys = new ArrayList<>();
    /** each reference's label: its file name, else its title */
    private final List<String> referenceLabels = new ArrayList<>();
    /** the reference's entry of each of its items, as the reference writes it */
    private final Map<String, Entry> referenceEntries = new HashMap<>();
    /** the entry of each item of the catalog added last, as that catalog writes it */
    private Map<String, Entry> listed = Map.of();
    private final Map<String, Spelling> spellings = new LinkedHashMap<>();

    /** A way an item is written, the item it went under, how and how surely, and in how many entries (references included). */
    public static final class Spelling {
        private final String text;
        private final String key;
        private final ItemNames.Method method;
        private final double score;
        private int entries;

        Spelling(String text, String key, ItemNames.Method method, double score) {
            this.text = text;
            this.key = key;
            this.method = method;
            this.score = score;
        }

        /** The likeness that put the spelling under its item: 1 for folded text, synonyms and corrections. */
        public double score() {
            return score;
        }

        public String text() {
            return text;
        }

        public String key() {
            return key;
        }

        public ItemNames.Method method() {
            return method;
        }

        public int entries() {
            return entries;
        }
    }

    public Coverage(ItemNames names, ItemWords words) {
        this.names = names;
        this.words = words;
        this.concordance = Concordance.of(names, words);
    }

    /** Adds a reference catalog's items: the template every other catalog is held against in 缺项. */
    public void addReference(CatalogDocument doc) {
        addReference(label(doc), doc);
    }

    /**
     * Adds a reference catalog's items under {@code label} (how 缺项 and 覆盖 name the reference an item comes from);
     * returns its items (keys), in its order.
     */
    public Set<String> addReference(String label, CatalogDocument doc) {
        int r = referenceKeys.size();
        Set<String> keys = new LinkedHashSet<>();
        current = keys;
        for (Entry e : doc.entries()) {
            Item item = item(e);
            if (item == null) continue;
            keys.add(item.key);
            item.inReference = true;
            item.references.set(r);
            reference.putIfAbsent(item.key, item);
            referenceEntries.putIfAbsent(item.key, e);
        }
        referenceKeys.add(keys);
        referenceLabels.add(label);
        return keys;
    }

    private static String label(CatalogDocument doc) {
        if (doc.source() != null && !doc.source().isBlank()) return doc.source();
        return doc.title() == null || doc.title().isBlank() ? "参考目录" : doc.title().strip();
    }

    /** How many references were added. */
    public int references() {
        return referenceKeys.size();
    }

    /** The items (keys) of reference {@code r}, in its order. */
    public Set<String> referenceKeys(int r) {
        return referenceKeys.get(r);
    }

    /** The label of reference {@code r}. */
    public String referenceLabel(int r) {
        return referenceLabels.get(r);
    }

    /** Every reference, as the set {@link #missing(Set, BitSet)} takes. */
    public BitSet allReferences() {
        BitSet all = new BitSet();
        all.set(0, referenceKeys.size());
        return all;
    }

    /** The labels of the references among {@code refs} that list item {@code i}, in the order given. */
    public List<String> referencesOf(Item i, BitSet refs) {
        List<String> out = new ArrayList<>();
        for (int r = refs.nextSetBit(0); r >= 0; r = refs.nextSetBit(r + 1)) if (i.references.get(r)) out.add(referenceLabels.get(r));
        return out;
    }

    /**
     * Adds a catalog under the column {@code label}; returns its items (keys), so its 缺项 can be written before
     * the next catalog comes.
     */
    public Set<String> add(String label, CatalogDocument doc) {
        int column = columnIndex.computeIfAbsent(label, l -> {
            columnCatalogs.add(0);
            columnCompared.add(new BitSet());
            return columnCatalogs.size() - 1;
        });
        columnCatalogs.set(column, columnCatalogs.get(column) + 1);
        Set<String> keys = new LinkedHashSet<>();
        current = keys;
        listed = new HashMap<>();
        for (Entry e : doc.entries()) {
            Item item = item(e);
            if (item == null || !keys.add(item.key)) continue;
            listed.put(item.key, e);
            item.catalogsPerColumn.merge(column, 1, Integer::sum);
            item.catalogs++;
        }
        return keys;
    }

    /**
     * Says that the catalog just added under {@code label} is held against the references {@code refs}: its column
     * is marked where it lacks their items.
     */
    public void compared(String label, BitSet refs) {
        Integer column = columnIndex.get(label);
        if (column != null) columnCompared.get(column).or(refs);
    }

    /** The row of an entry's item, created when new; null for an entry that names no item. */
    private Item item(Entry e) {
        String name = e.item() != null && !e.item().isBlank() ? e.item().strip() : e.category();
        if (name == null || name.isBlank()) return null;
        ItemNames.Key k = names.key(name);
        if (k.key().isEmpty()) return null;
        String category = e.item() != null && e.category() != null && !e.category().isBlank() ? e.category().strip() : null;
        // a name that says only what of a service is published (办事指南, 审核信息) is an item of its 一级事项: 办事指南
        // under 临时救助 and under 最低生活保障 are two rows (so is a spelling the coordinator put under itself)
        if (k.key().equals(ItemNames.fold(name)) && category != null && words.aspectOnly(name)) {
            String service = names.key(category).key();
            if (!service.isEmpty()) k = new ItemNames.Key(k.key() + SERVICE + service, k.method(), null);
        }
        double[] score = {1};
        if (k.method() == ItemNames.Method.NORMALISED && !items.containsKey(k.key())) {
            Nearest n = nearest(k.key(), new ItemMatcher.Named(name.strip(), category));
            // 道路旅客运输经营许可 and 道路货物运输经营许可 in one catalog are two items, though each is like 道路运输经营许可
            if (n != null && !current.contains(n.item().key)) {
                k = new ItemNames.Key(n.item().key, n.verdict().method(), null);
                score[0] = n.verdict().score();
            }
        }
        ItemNames.Key key = k;
        // a row named by a synonym or a correction shows that name, whichever spelling came first
        Item item = items.computeIfAbsent(key.key(), x -> index(new Item(x, key.name() != null ? key.name() : name.strip())));
        if (item.category == null && category != null) item.category = category;
        if (key.method().compareTo(item.method) > 0) item.method = key.method();
        spellings.computeIfAbsent(name.strip(), n -> new Spelling(n, key.key(), key.method(), score[0])).entries++;
        if (item.spellings.size() < SPELLINGS_SHOWN) item.spellings.add(name.strip());
        return item;
    }

    private record Nearest(Item item, Concordance.Verdict verdict) {
    }

    /**
     * The likest row that the word overlap or the character pairs call the same item as a name that met none by
     * folding or synonyms, or null; worked out once per folded name.
     */
    private Nearest nearest(String folded, ItemMatcher.Named name) {
        if (alike.containsKey(folded)) return alike.get(folded);
        Nearest best = null;
        java.util.Set<Item> seen = new java.util.HashSet<>();
        for (String c : cues(name.name())) {
            for (Item row : candidates.getOrDefault(c, List.of())) {
                if (!seen.add(row)) continue;
                Concordance.Verdict v = concordance.judge(name, new ItemMatcher.Named(row.name, row.category));
                if (v != null && v.same() && (best == null || v.score() > best.verdict().score())) best = new Nearest(row, v);
            }
        }
        alike.put(folded, best);
        return best;
    }

    /** A new row, found from then on by its content words and character pairs. */
    private Item index(Item item) {
        for (String c : cues(item.name)) candidates.computeIfAbsent(c, x -> new ArrayList<>()).add(item);
        return item;
    }

    private Set<String> cues(String name) {
        Set<String> out = new LinkedHashSet<>(words.words(name));
        out.addAll(BigramMatcher.bigrams(words.content(name)));
        return out;
    }

    /**
     * The entry that put the catalog added last under the item {@code key} (its first, when it lists the item twice),
     * or the reference's entry of it: how that catalog writes the item, which may be another catalog's spelling than
     * the row's name. Null when neither lists it.
     */
    public Entry listedAs(String key) {
        Entry e = listed.get(key);
        return e != null ? e : referenceEntries.get(key);
    }

    /** The item of a key added before. */
    public Item item(String key) {
        return items.get(key);
    }

    /** The rows, grouped by 一级事项 (groups in the order first met, items in order within them). */
    public List<Item> rows() {
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        for (Item i : items.values()) groups.computeIfAbsent(i.category == null ? "" : i.category, c -> new ArrayList<>()).add(i);
        List<Item> out = new ArrayList<>();
        for (List<Item> g : groups.values()) out.addAll(g);
        return out;
    }

    /** Every spelling met, in the order met: the concordance a coordinator corrects. */
    public List<Spelling> spellings() {
        return List.copyOf(spellings.values());
    }

    public List<Column> columns() {
        List<Column> out = new ArrayList<>();
        for (Map.Entry<String, Integer> c : columnIndex.entrySet()) {
            out.add(new Column(c.getKey(), columnCatalogs.get(c.getValue()), (BitSet) columnCompared.get(c.getValue()).clone()));
        }
        return out;
    }

    public boolean hasReference() {
        return !reference.isEmpty();
    }

    /** The reference's items a catalog with these keys lacks, in the reference's order. */
    public List<Item> missing(Set<String> keys) {
        return missing(keys, allReferences());
    }

    /** The items of the references {@code refs} a catalog with these keys lacks, in the references' order. */
    public List<Item> missing(Set<String> keys, BitSet refs) {
        List<Item> out = new ArrayList<>();
        for (Item i : reference.values()) if (i.references.intersects(refs) && !keys.contains(i.key)) out.add(i);
        return out;
    }

    /** The catalog's items the reference does not have, in the catalog's order. */
    public List<Item> extra(Collection<String> keys) {
        return extra(keys, allReferences());
    }

    /** The catalog's items none of the references {@code refs} has, in the catalog's order. */
    public List<Item> extra(Collection<String> keys, BitSet refs) {
        List<Item> out = new ArrayList<>();
        for (String k : keys) if (!items.get(k).references.intersects(refs)) out.add(items.get(k));
        return out;
    }
}
