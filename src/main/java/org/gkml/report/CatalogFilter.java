package org.gkml.report;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Region;
import org.gkml.catalog.Simplified;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code --filter KEY=VALUE}: which catalogs a report covers. Values match exactly (traditional characters folded);
 * two values of one key are either-or, different keys must all match.
 */
public final class CatalogFilter {

    /** The keys, and what each reads off a catalog. */
    private static final Map<String, Function<CatalogDocument, String>> KEYS = keys();

    private static Map<String, Function<CatalogDocument, String>> keys() {
        Map<String, Function<CatalogDocument, String>> k = new LinkedHashMap<>();
        k.put("province", d -> region(d).province());
        k.put("city", d -> region(d).city());
        k.put("county", d -> region(d).county());
        k.put("level", d -> d.level() == null ? null : d.level().json());
        k.put("agency", CatalogDocument::agency);
        k.put("source", CatalogDocument::source);
        k.put("format", CatalogDocument::format);
        return k;
    }

    public static final CatalogFilter ALL = new CatalogFilter(Map.of());

    private final Map<String, Set<String>> wanted;

    private CatalogFilter(Map<String, Set<String>> wanted) {
        this.wanted = wanted;
    }

    /** @throws IllegalArgumentException naming the bad filter and the keys there are */
    public static CatalogFilter parse(List<String> filters) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--filter " + f + ": write KEY=VALUE, KEY one of " + String.join(", ", KEYS.keySet()));
            String key = f.substring(0, eq).strip();
            if (!KEYS.containsKey(key)) throw new IllegalArgumentException("--filter " + f + ": no key '" + key + "'; the keys are " + String.join(", ", KEYS.keySet()));
            wanted.computeIfAbsent(key, x -> new LinkedHashSet<>()).add(Simplified.fold(f.substring(eq + 1).strip()));
        }
        return new CatalogFilter(wanted);
    }

    public boolean test(CatalogDocument doc) {
        for (Map.Entry<String, Set<String>> w : wanted.entrySet()) {
            String v = KEYS.get(w.getKey()).apply(doc);
            if (v == null || !w.getValue().contains(Simplified.fold(v.strip()))) return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return wanted.isEmpty();
    }

    private static Region region(CatalogDocument d) {
        return d.region() == null ? Region.UNKNOWN : d.region();
    }
}
