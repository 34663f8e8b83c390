package org.gkml.index;

import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Region;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The exact-match keys a search can filter, facet and group on: each names its values in an entry, the index
 * fields it is written to ({@link #field()} for filters, the facet dimension {@link #key()}), and a line of
 * help. Adding a key is one constant here; the store, the searcher and the command line take it from there.
 * Declared in the order facets are listed.
 */
public enum FilterKey {
    PROVINCE("province", false, "the catalog's province (宁夏回族自治区)", (d, e) -> one(region(d).province())),
    CITY("city", false, "the catalog's city (银川市)", (d, e) -> one(region(d).city())),
    COUNTY("county", false, "the catalog's county or district (金凤区)", (d, e) -> one(region(d).county())),
    LEVEL("level", false, "the publishing body's level: province, city or county",
            (d, e) -> one(d.level() == null ? null : d.level().json())),
    AGENCY("agency", false, "the publishing body (银川市医疗保障局)", (d, e) -> one(d.agency())),
    CATEGORY("category", false, "the first-level item, 一级事项 (机构信息)", (d, e) -> one(e.category())),
    CHANNEL("channel", true, "a disclosure channel the entry names (政府网站)", (d, e) -> e.channels()),
    AUDIENCE("audience", true, "全社会 or 特定群体", (d, e) -> e.audience()),
    DISCLOSURE_MODE("disclosure_mode", true, "主动公开 or 依申请公开", (d, e) -> e.disclosureMode()),
    DEADLINE_DAYS("deadline_days", false, "the time limit's day count (20)",
            (d, e) -> one(e.deadlineDays() == null ? null : e.deadlineDays().toString())),
    DEADLINE_UNIT("deadline_unit", false, "working_day or day",
            (d, e) -> one(e.deadlineUnit() == null ? null : e.deadlineUnit().json())),
    PUBLICITY_TYPE("publicity_type", true, "a 五公开 type: 决策, 执行, 管理, 服务 or 结果", (d, e) -> e.publicityType()),
    SOURCE("source", false, "the catalog's file name", (d, e) -> one(d.source()));

    private static final List<String> NAMES = Arrays.stream(values()).map(FilterKey::key).toList();

    private final String key;
    private final boolean multiValued;
    private final String help;
    private final BiFunction<CatalogDocument, Entry, List<String>> values;

    FilterKey(String key, boolean multiValued, String help, BiFunction<CatalogDocument, Entry, List<String>> values) {
        this.key = key;
        this.multiValued = multiValued;
        this.help = help;
        this.values = values;
    }

    /** The name a user writes ({@code province=…}), the facet dimension and the key in facet output. */
    public String key() {
        return key;
    }

    /** The keyword field the filter matches exactly. */
    public String field() {
        return IndexFields.KEYWORD_PREFIX + key;
    }

    /** Whether an entry can have several values (a facet dimension must know it). */
    public boolean multiValued() {
        return multiValued;
    }

    /** What the key's values are, for the command line's help. */
    public String help() {
        return help;
    }

    /** The entry's values for this key as printed; null and blank ones included (the store skips them). */
    List<String> valuesOf(CatalogDocument doc, Entry entry) {
        return values.apply(doc, entry);
    }

    /** The key's value in a stored record (region parts sit under "region"), or null. */
    public JsonNode valueIn(JsonNode record) {
        return switch (this) {
            case PROVINCE, CITY, COUNTY -> record.path("region").get(key);
            default -> record.get(key);
        };
    }

    /** Every key's name, in declaration order. */
    public static List<String> names() {
        return NAMES;
    }

    public static Optional<FilterKey> find(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The key named {@code key}; the error lists the keys there are. */
    public static FilterKey of(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown filter key '" + key + "'; known keys: " + NAMES));
    }

    /** One {@code KEY=VALUE} filter. */
    public record Filter(FilterKey key, String value) {

        /** Reads {@code KEY=VALUE} (spaces around either part dropped); the error says what was wrong. */
        public static Filter parse(String keyValue) {
            int eq = keyValue.indexOf('=');
            if (eq <= 0 || eq == keyValue.length() - 1) throw new IllegalArgumentException("wants KEY=VALUE, got '" + keyValue + "'");
            return new Filter(of(keyValue.substring(0, eq).strip()), keyValue.substring(eq + 1).strip());
        }
    }

    private static Region region(CatalogDocument doc) {
        return doc.region() == null ? Region.UNKNOWN : doc.region();
    }

    private static List<String> one(String value) {
        return Collections.singletonList(value);
    }
}
