package org.gkml.report.rules;

import org.gkml.catalog.Field;

import java.util.Set;

/**
 * An entry that names no 公开渠道和载体. A 网站栏目 counts as a channel: it names the column of the government
 * website the item is published under.
 */
public final class MissingChannel extends EmptyColumn {

    public static final String ID = "no-channel";

    public MissingChannel(RuleSpec spec) {
        super(spec, Set.of(Field.CHANNELS, Field.WEB_COLUMN), "公开渠道和载体", e -> !e.channels().isEmpty() || !blank(e.webColumn()));
    }
}
