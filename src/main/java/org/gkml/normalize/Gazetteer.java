package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.vocabulary.MappingFile;
import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.Region;
import org.gkml.catalog.Level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * China's provinces, cities and counties (mappings/regions.tsv) and the place names found in a text.
 * Provinces are also known by their short names (宁夏 → 宁夏回族自治区, 云南 → 云南省); cities and
 * counties only by full name, because their short forms are too often ordinary words (长治, 大同).
 */
final class Gazetteer {

    record Place(String code, String name, Level level, String parentCode) {
    }

    /**
     * A place name found in a text: all places of that name (more than one when ambiguous); shortForm when
     * the text used an alias (mappings/region-aliases.tsv), so the place is a guess.
     */
    record Mention(String name, Level level, List<Place> places, int at, boolean shortForm) {
    }

    private static final String[] PROVINCE_SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"};

    private final Map<String, Place> byCode = new HashMap<>();
    /** Counties whose names are never looked up alone (郊区, 城区, 矿区), by their city's code. */
    private final Map<String, List<Place>> genericCounties = new HashMap<>();
    private final Map<String, List<Place>> byName = new LinkedHashMap<>();
    private final java.util.Set<String> aliases = new java.util.HashSet<>();
    private final List<String> namesLongestFirst;
    /** Each name's place in {@link #namesLongestFirst}: the order in which names claim the text. */
    private final Map<String, Integer> rank = new HashMap<>();
    /** The lengths names have, so a text is looked up only at those lengths from each position. */
    private final int[] lengths;
    /** The characters names begin with (folded): a text is looked up only where one of them stands. */
    private final java.util.BitSet firstChars = new java.util.BitSet(1 << 16);

    private Gazetteer(MappingFile regions, MappingFile aliasFile) {
        for (MappingFile.Row row : regions.rows()) {
            String[] r = row.toArray();
            Place p = new Place(r[0], r[1], row.parse(2, s -> Level.valueOf(s.toUpperCase()), "province, city or county"),
                    r.length > 3 && !r[3].isEmpty() ? r[3] : null);
            byCode.put(p.code(), p);
            if (r.length > 4 && r[4].equals("skip")) {
                if (p.level() == Level.COUNTY && p.parentCode() != null) genericCounties.computeIfAbsent(p.parentCode(), k -> new ArrayList<>()).add(p);
                continue;
            }
            byName.computeIfAbsent(Simplified.fold(p.name()), k -> new ArrayList<>()).add(p);
            if (p.level() == Level.PROVINCE) {
                String s = shortName(p.name());
                if (s.length() >= 2 && !s.equals(p.name())) byName.computeIfAbsent(Simplified.fold(s), k -> new ArrayList<>()).add(p);
            }
        }
        for (MappingFile.Row row : aliasFile.rows()) {
            String[] r = row.toArray();
            List<Place> places = byName.get(r[1]);
            if (places == null || places.size() != 1) throw row.fault(r[1] + " does not name exactly one place in regions.tsv");
            if (byName.containsKey(r[0])) continue;   // a real place of that name wins over an alias
            byName.put(r[0], places);
            aliases.add(r[0]);
        }
        namesLongestFirst = byName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (int i = 0; i < namesLongestFirst.size(); i++) rank.put(namesLongestFirst.get(i), i);
        lengths = namesLongestFirst.stream().mapToInt(String::length).filter(n -> n > 0).distinct().sorted().toArray();
        for (String name : namesLongestFirst) if (!name.isEmpty()) firstChars.set(name.charAt(0));
    }

    /** From regions.tsv (code, name, level, parent code, "skip") and region-aliases.tsv (alias, full name). */
    static Gazetteer of(Mappings mappings) {
        return new Gazetteer(mappings.file("regions.tsv"), mappings.file("region-aliases.tsv"));
    }

    /** The places called so (full name, or a province's short name). */
    List<Place> named(String name) {
        return byName.getOrDefault(Simplified.fold(name), List.of());
    }

    Place parent(Place p) {
        return p.parentCode() == null ? null : byCode.get(p.parentCode());
    }

    /** The place with its parents as a region; a placeholder city (市辖区) stays null. */
    Region regionOf(Place p) {
        String province = null, city = null, county = null;
        for (Place q = p; q != null; q = parent(q)) {
            boolean lookedUp = named(q.name()).contains(q);
            switch (q.level()) {
                case PROVINCE -> province = q.name();
                case CITY -> city = lookedUp ? q.name() : null;
                case COUNTY -> county = q.name();
            }
        }
        return new Region(province, city, county);
    }

    /**
     * A county of the city whose name is an ordinary word (郊区, 城区, 矿区) and so is never looked up alone, named right
     * after the city's own name in the text (铜陵市郊区卫生健康委员会): there it can only be the city's district.
     */
    java.util.Optional<Place> genericCountyAfter(String text, Place city) {
        if (text == null || city == null || city.level() != Level.CITY) return java.util.Optional.empty();
        String folded = Simplified.fold(text);
        for (Place p : genericCounties.getOrDefault(city.code(), List.of())) {
            if (folded.contains(Simplified.fold(city.name() + p.name()))) return java.util.Optional.of(p);
        }
        return java.util.Optional.empty();
    }

    /** True when {@code ancestor} is p itself or one of its parents. */
    boolean within(Place p, Place ancestor) {
        for (Place q = p; q != null; q = parent(q)) if (q.equals(ancestor)) return true;
        return false;
    }

    /**
     * The place names in a text, longest match first, without overlaps, in text order. Every occurrence of every
     * name is found by looking up the text's pieces of each name length (not by searching the text once per name:
     * there are some 3,400), then they claim the text in the order of the names, longest first, and left to right.
     */
    List<Mention> mentionsIn(String text) {
        List<Mention> found = new ArrayList<>();
        if (text == null || text.isEmpty()) return found;
        boolean[] taken = new boolean[text.length()];
        String folded = Simplified.fold(text);   // 金鳳區 is 金凤区; the fold keeps positions
        List<long[]> hits = new ArrayList<>();   // {rank, at}
        for (int at = 0; at < folded.length(); at++) {
            if (!firstChars.get(folded.charAt(at))) continue;   // no name begins here
            for (int length : lengths) {
                if (at + length > folded.length()) break;
                Integer r = rank.get(folded.substring(at, at + length));
                if (r != null) hits.add(new long[] {r, at});
            }
        }
        hits.sort(Comparator.<long[]>comparingLong(h -> h[0]).thenComparingLong(h -> h[1]));
        for (long[] h : hits) {
            String name = namesLongestFirst.get((int) h[0]);
            int at = (int) h[1];
            if (isTaken(taken, at, name.length())) continue;
            for (int i = at; i < at + name.length(); i++) taken[i] = true;
            List<Place> places = named(name);
            found.add(new Mention(text.substring(at, at + name.length()), places.get(0).level(), places, at, aliases.contains(name)));
        }
        found.sort(Comparator.comparingInt(Mention::at));
        return found;
    }

    private static boolean isTaken(boolean[] taken, int at, int length) {
        for (int i = at; i < at + length; i++) if (taken[i]) return true;
        return false;
    }

    private static String shortName(String province) {
        for (String s : PROVINCE_SUFFIXES) if (province.endsWith(s)) return province.substring(0, province.length() - s.length());
        return province;
    }
}
