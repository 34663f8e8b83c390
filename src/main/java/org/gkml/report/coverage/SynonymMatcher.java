package org.gkml.report.coverage;

/** Names that mappings/item-synonyms.tsv (or the coordinator's corrections) put under one item are one item. */
public final class SynonymMatcher implements ItemMatcher {

    private final ItemNames names;

    public SynonymMatcher(ItemNames names) {
        this.names = names;
    }

    @Override
    public Match match(Named a, Named b) {
        ItemNames.Key x = names.key(a.name());
        ItemNames.Key y = names.key(b.name());
        if (x.key().isEmpty() || !x.key().equals(y.key())) return null;
        ItemNames.Method how = x.method().compareTo(y.method()) >= 0 ? x.method() : y.method();
        return new Match(how, 1);
    }

    @Override
    public double threshold() {
        return 1;
    }
}
