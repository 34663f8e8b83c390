package org.gkml.report.rules;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.catalog.Simplified;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A county's own "this column must not say that" check, written as data: {@code forbidden-words:NAME} with
 * {@code field=<schema key>}, {@code words=a,b,c} and {@code label=<the column's Chinese name>} (e.g. a time limit
 * that says only 及时 or 适时 names no time at all). Words match inside the text, traditional characters folded.
 */
public final class ForbiddenWords extends SpecifiedRule {

    public static final String ID = "forbidden-words";

    private final Field field;
    private final String label;
    private final List<String> words;

    public ForbiddenWords(RuleSpec spec) {
        super(spec);
        try {
            this.field = Field.ofKey(spec.param("field"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + spec.id() + ": " + e.getMessage() + " (mappings/report-rules.tsv; see mappings/schema.tsv)");
        }
        this.label = spec.params().getOrDefault("label", field.key());
        this.words = Arrays.stream(spec.param("words").split(",")).map(String::strip).filter(w -> !w.isEmpty()).map(Simplified::fold).toList();
    }

    @Override
    public List<Violation> check(CatalogDocument catalog) {
        List<Violation> out = new ArrayList<>();
        for (Entry e : catalog.entries()) {
            String text = text(e.get(field));
            if (text == null) continue;
            String folded = Simplified.fold(text);
            if (words.stream().anyMatch(folded::contains)) out.add(new Violation(spec(), e.seq(), e.category(), e.item(), label, text, e.source()));
        }
        return out;
    }

    private static String text(Object v) {
        if (v == null) return null;
        if (v instanceof Collection<?> c) return c.isEmpty() ? null : String.join("；", c.stream().map(String::valueOf).toList());
        return v.toString();
    }
}
