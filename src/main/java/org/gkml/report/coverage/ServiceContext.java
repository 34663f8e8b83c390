package org.gkml.report.coverage;

/**
 * The 一级事项 as the service a name belongs to, for names that say only what of a service is published (办事指南,
 * 申请条件, 审核信息): two such names are one item only when their 一级事项 are one item by the same concordance
 * (最低生活保障 / 城乡最低生活保障, 特困人员救助供养 / 特困供养), not when they are two (临时救助 / 特困人员救助供养,
 * 生育登记 / 婚姻登记). A name whose 一级事项 is not known keeps its likeness.
 */
final class ServiceContext {

    private ServiceContext() {
    }

    /**
     * 1 when the two 一级事项 are one item or one service (without the aspect words at their end) or one is not
     * known; otherwise their likeness (0 when nothing in common).
     */
    static double likeness(Concordance concordance, ItemWords words, String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) return 1;
        // one service, one of them saying what of it the group holds (取水许可 / 取水许可审批)
        if (!words.service(a).isEmpty() && words.service(a).equals(words.service(b))) return 1;
        Concordance.Verdict v = concordance.judge(ItemMatcher.Named.of(a), ItemMatcher.Named.of(b));
        if (v == null) return 0;
        return v.same() ? 1 : v.score();
    }
}
