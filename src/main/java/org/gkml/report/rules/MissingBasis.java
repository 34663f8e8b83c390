package org.gkml.report.rules;

import org.gkml.catalog.Field;

import java.util.Set;

/** An entry that names no 公开依据: the coordinator cannot tell on what grounds it is published. */
public final class MissingBasis extends EmptyColumn {

    public static final String ID = "no-basis";

    public MissingBasis(RuleSpec spec) {
        super(spec, Set.of(Field.BASIS, Field.LAWS), "公开依据", e -> !blank(e.basis()) || !e.laws().isEmpty());
    }
}
