package org.gkml.report.rules;

import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.Level;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.catalog.Region;
import org.gkml.table.Provenance;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small catalogs for the rule tests: entries built from the few fields a rule looks at. */
final class TestCatalogs {

    private TestCatalogs() {
    }

    static RuleSpec spec(String id) {
        for (Rule r : RuleBook.of(org.gkml.vocabulary.Mappings.builtIn().file("report-rules.tsv").rows().stream().map(org.gkml.vocabulary.MappingFile.Row::toArray).toList()).rules()) if (r.spec().id().equals(id)) return r.spec();
        throw new AssertionError("no rule " + id + " in mappings/report-rules.tsv");
    }

    /** An entry on source line {@code line}, 公开依据 and channel filled, in 一级事项 {@code category}. */
    static Entry entry(Integer seq, String category, int line) {
        return entry(seq, category, "依据", List.of("政府网站"), null, null, null, List.of(), line);
    }

    static Entry entry(Integer seq, String category, String basis, List<String> channels, String webColumn,
                       Integer days, String unit, List<String> modes, int line) {
        return new Entry(seq, null, category, "事项" + seq, null, basis, List.of(), days == null ? null : days + "个" + unit,
                days, unit == null ? null : DeadlineUnit.fromJson(unit).orElseThrow(), null, channels, webColumn, List.of(), modes, List.of(), List.of(), null, List.of(), null,
                Map.of(), Provenance.ofLine("t.txt", line));
    }

    static CatalogDocument catalog(Set<Field> fields, Map<String, Object> meta, Entry... entries) {
        return new CatalogDocument("t.txt", "text", "测试目录", "某县某局", Region.UNKNOWN, Level.COUNTY, meta,
                fields, List.of(entries), List.of());
    }

    static CatalogDocument catalog(Entry... entries) {
        return catalog(EnumSet.allOf(Field.class), Map.of(), entries);
    }
}
