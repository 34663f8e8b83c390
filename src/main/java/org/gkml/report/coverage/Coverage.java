package org.gkml.report.coverage;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;

import java.util.ArrayList;
import java.util.Collection;
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

        /** How many catalogs of column {@code column} list the item. */
        public int catalogsIn(int column) {
            return catalogsPerColumn.getOrDefault(column, 0);
        }

        /** How many catalogs (references not counted) list the item. */
        public int catalogs() {
            return catalogs;
        }
    }

    /** A column: one agency (or the catalog's file name, when its agency is not known). */
    public record Column(String label, int catalogs) {
    }

    private final ItemNames names;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Integer> columnIndex = new LinkedHashMap<>();
    private final List<Integer> columnCatalogs = new ArrayList<>();
    private final Map<String, Item> reference = new LinkedHashMap<>();
    private final Map<String, Spelling> spellings = new LinkedHashMap<>();

    /** A way an item is written, the item it went under, how, and in how many entries (references included). */
    public static final class Spelling {
        private final String text;
        private final String key;
        private final ItemNames.Method method;
        private int entries;

        Spelling(String text, String key, ItemNames.Method method) {
            this.text = text;
            this.key = key;
            this.method = method;
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

    public Coverage(ItemNames names) {
        this.names = names;
    }

    /** Adds a reference catalog's items: the template every other catalog is held against in 缺项. */
    public void addReference(CatalogDocument doc) {
        for (Entry e : doc.entries()) {
            Item item = item(e);
            if (item == null) continue;
            item.inReference = true;
            reference.putIfAbsent(item.key, item);
        }
    }

    /**
     * Adds a catalog under the column {@code label}; returns its items (keys), so its 缺项 can be written before
     * the next catalog comes.
     */
    public Set<String> add(String label, CatalogDocument doc) {
        int column = columnIndex.computeIfAbsent(label, l -> {
            columnCatalogs.add(0);
            return columnCatalogs.size() - 1;
        });
        columnCatalogs.set(column, columnCatalogs.get(column) + 1);
        Set<String> keys = new LinkedHashSet<>();
        for (Entry e : doc.entries()) {
            Item item = item(e);
            if (item == null || !keys.add(item.key)) continue;
            item.catalogsPerColumn.merge(column, 1, Integer::sum);
            item.catalogs++;
        }
        return keys;
    }

    /** The row of an entry's item, created when new; null for an entry that names no item. */
    private Item item(Entry e) {
        String name = e.item() != null && !e.item().isBlank() ? e.item().strip() : e.category();
        if (name == null || name.isBlank()) return null;
        ItemNames.Key k = names.key(name);
        if (k.key().isEmpty()) return null;
        // a row named by a synonym or a correction shows that name, whichever spelling came first
        Item item = items.computeIfAbsent(k.key(), key -> new Item(key, k.name() != null ? k.name() : name.strip()));
        if (item.category == null && e.item() != null && e.category() != null && !e.category().isBlank()) item.category = e.category().strip();
        if (k.method().compareTo(item.method) > 0) item.method = k.method();
        spellings.computeIfAbsent(name.strip(), n -> new Spelling(n, k.key(), k.method())).entries++;
        if (item.spellings.size() < SPELLINGS_SHOWN) item.spellings.add(name.strip());
        return item;
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
        for (Map.Entry<String, Integer> c : columnIndex.entrySet()) out.add(new Column(c.getKey(), columnCatalogs.get(c.getValue())));
        return out;
    }

    public boolean hasReference() {
        return !reference.isEmpty();
    }

    /** The reference's items a catalog with these keys lacks, in the reference's order. */
    public List<Item> missing(Set<String> keys) {
        List<Item> out = new ArrayList<>();
        for (Item i : reference.values()) if (!keys.contains(i.key)) out.add(i);
        return out;
    }

    /** The catalog's items the reference does not have, in the catalog's order. */
    public List<Item> extra(Collection<String> keys) {
        List<Item> out = new ArrayList<>();
        for (String k : keys) if (!reference.containsKey(k)) out.add(items.get(k));
        return out;
    }
}
