package org.gkml.report.coverage;

/** Names that fold to the same letters (政府信息 公开指南 / 政府信息公开指南, 辦事指南 / 办事指南) are one item. */
public final class NormalisedMatcher implements ItemMatcher {

    @Override
    public Match match(Named a, Named b) {
        String x = ItemNames.fold(a.name());
        return !x.isEmpty() && x.equals(ItemNames.fold(b.name())) ? new Match(ItemNames.Method.NORMALISED, 1) : null;
    }

    @Override
    public double threshold() {
        return 1;
    }
}
