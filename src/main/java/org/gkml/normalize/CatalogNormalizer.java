package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.gkml.extract.ReadCancellation;
import org.gkml.catalog.Simplified;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.Field;
import org.gkml.mapping.ColumnRole;
import org.gkml.mapping.MappedCatalog;
import org.gkml.mapping.MappedRow;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The normalisation stage's entry point: parses every field of every mapped row and reads the document
 * facts (title, agency, region, level, meta), then checks the catalog against what it declares.
 */
public final class CatalogNormalizer {

    /** The meta key under which a catalog declares its number of 二级事项. */
    private static final String DECLARED_ITEMS = "二级事项";

    private final NormalizeVocabulary vocabulary;

    public CatalogNormalizer(Mappings mappings) {
        this.vocabulary = NormalizeVocabulary.of(mappings);
    }

    public CatalogDocument normalize(MappedCatalog mapped) {
        List<Warning> warnings = new ArrayList<>(mapped.warnings());
        EntryNormalizer normalizer = new EntryNormalizer(vocabulary, mapped.tickFields(), timeLimitUnit(mapped), warnings);
        List<Entry> entries = new ArrayList<>();
        for (MappedRow row : mapped.rows()) { ReadCancellation.check(); entries.add(normalizer.normalize(row)); }
        Set<String> hints = new LinkedHashSet<>();
        for (Entry e : entries) if (e.subject() != null) hints.add(e.subject());
        boolean everyRowNamesOne = hints.size() == 1 && entries.stream().allMatch(e -> e.subject() != null);
        DocumentFacts facts = DocumentFacts.read(vocabulary, mapped.source(), mapped.preamble(), mapped.trailer(), List.copyOf(hints),
                everyRowNamesOne ? hints.iterator().next() : null);
        warnings.addAll(facts.warnings());
        checkSeq(entries, warnings);
        checkDeclaredCount(facts, entries, warnings);
        return new CatalogDocument(mapped.source(), mapped.format(), facts.title(), facts.agency(), facts.region(),
                facts.level(), facts.meta(), fields(mapped, entries), entries, warnings);
    }

    /** The unit the time-limit column's label states (公开时限（工作日）), or null. */
    private static DeadlineUnit timeLimitUnit(MappedCatalog mapped) {
        for (ColumnRole c : mapped.columns()) {
            if (c.field() == Field.TIME_LIMIT && !c.isTick()) return Deadline.unitOfLabel(c.label());
        }
        return null;
    }

    /** The columns the catalog has, plus what is derived from them or found in other columns. */
    private static Set<Field> fields(MappedCatalog mapped, List<Entry> entries) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        fields.addAll(mapped.textFields());
        fields.addAll(mapped.tickFields());
        if (fields.contains(Field.BASIS)) fields.add(Field.LAWS);
        if (fields.contains(Field.TIME_LIMIT)) {
            fields.add(Field.DEADLINE_DAYS);
            fields.add(Field.DEADLINE_UNIT);
        }
        for (Entry e : entries) {
            if (e.webColumn() != null) fields.add(Field.WEB_COLUMN);
            if (!e.audience().isEmpty()) fields.add(Field.AUDIENCE);
            if (!e.disclosureMode().isEmpty()) fields.add(Field.DISCLOSURE_MODE);
            // channels listed under 公开方式 where the catalog has no channel column
            if (!e.channels().isEmpty()) fields.add(Field.CHANNELS);
            // a remark written inside a list cell (… 注：…) is kept even where the catalog has no 备注 column
            if (e.remarks() != null) fields.add(Field.REMARKS);
        }
        return fields;
    }

    private static void checkSeq(List<Entry> entries, List<Warning> warnings) {
        Integer last = null;
        for (Entry e : entries) {
            if (e.seq() == null) continue;
            if (last != null && e.seq() > last + 1) {
                for (int missing = last + 1; missing < e.seq() && missing < last + 20; missing++) {
                    warnings.add(new Warning(WarningCode.MISSING_SEQ, "序号 " + missing + " is missing", e.source()));
                }
            }
            last = e.seq();
        }
    }

    private static void checkDeclaredCount(DocumentFacts facts, List<Entry> entries, List<Warning> warnings) {
        Object declared = Simplified.get(facts.meta(), DECLARED_ITEMS);
        if (!(declared instanceof Number n)) return;
        if (n.intValue() != entries.size()) {
            warnings.add(new Warning(WarningCode.DECLARED_COUNT_DIFFERS, "declares " + n.intValue() + " 二级事项, found " + entries.size(), null));
        }
    }
}
