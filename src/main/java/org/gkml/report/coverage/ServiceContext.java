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
     * 1 when the two 一级事项 are one item or one service (without the aspect words at their end), or one is not
     * known or shows no field (监督举报, 政策文件: only aspect, context or form words); otherwise their likeness (0
     * when nothing in common).
     */
    static double likeness(Concordance concordance, ItemWords words, String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) return 1;
        // a 一级事项 that names no field (举报渠道 under 监督举报) leaves the name as it is
        if (words.aspectOnly(a) || words.aspectOnly(b)) return 1;
        // one service, one of them saying what of it the group holds (取水许可 / 取水许可审批)
        if (!words.service(a).isEmpty() && words.service(a).equals(words.service(b))) return 1;
        // one service and a word after it (公共租赁住房 / 公租房保障): the field the longer opens with
        if (opens(words.service(a), words.service(b)) || opens(words.service(b), words.service(a))) return 1;
        Concordance.Verdict v = concordance.judge(ItemMatcher.Named.of(a), ItemMatcher.Named.of(b));
        if (v == null) return 0;
        return v.same() ? 1 : v.score();
    }

    /** Whether {@code longer} begins with every word of {@code shorter} and says one word more. */
    static boolean opens(java.util.List<String> shorter, java.util.List<String> longer) {
        return !shorter.isEmpty() && longer.size() == shorter.size() + 1 && longer.subList(0, shorter.size()).equals(shorter);
    }
}
