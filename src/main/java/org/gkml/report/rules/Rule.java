package org.gkml.report.rules;

import org.gkml.catalog.CatalogDocument;

import java.util.List;

/** One check a coordinator runs on every catalog; its id, severity and thresholds come from its {@link RuleSpec}. */
public interface Rule {

    RuleSpec spec();

    /** Every finding in the catalog, in document order; empty when it passes. */
    List<Violation> check(CatalogDocument catalog);
}
