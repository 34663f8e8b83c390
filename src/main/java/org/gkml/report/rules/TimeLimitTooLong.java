package org.gkml.report.rules;

import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;

import java.util.ArrayList;
import java.util.List;

/**
 * A 主动公开 entry whose time limit is longer than the law allows (条例 art. 26: 20 working days). A limit in
 * calendar days is held against {@code max_days} (20 working days are four weeks). An entry whose 公开方式 is
 * given and does not include the {@code mode} word (依申请公开 only) is not held to it; one without a 公开方式 is,
 * since a 主动公开 catalog rarely repeats the word on every row. A limit that states a least duration
 * ({@code minimum_words} right before its day count: 公示期不少于三十日) says how long the item stays up, not how soon it
 * goes up; a least duration said after the count (30个工作日内公开，公示期不少于5个工作日) leaves the count a deadline.
 * A limit in months and no days ({@code month_words}: 办结后一个月内) is {@code month_days} days a month
 * ({@link LimitWording}); without these two parameters months are not read.
 */
public final class TimeLimitTooLong extends SpecifiedRule {

    public static final String ID = "time-limit";

    private final int maxWorkingDays;
    private final int maxDays;
    private final String mode;
    private final int monthDays;
    private final LimitWording wording;

    public TimeLimitTooLong(RuleSpec spec) {
        super(spec);
        this.maxWorkingDays = spec.intParam("max_working_days");
        this.maxDays = spec.intParam("max_days");
        this.mode = spec.param("mode");
        boolean months = spec.params().containsKey("month_words");
        this.monthDays = months ? spec.intParam("month_days") : 0;
        this.wording = new LimitWording(List.of(spec.param("minimum_words").split(",")),
                months ? List.of(spec.param("month_words").split(",")) : List.of());
    }

    @Override
    public List<Violation> check(CatalogDocument catalog) {
        List<Violation> out = new ArrayList<>();
        for (Entry e : catalog.entries()) {
            if (tooLong(e)) out.add(new Violation(spec(), e.seq(), e.category(), e.item(), "公开时限", e.timeLimit(), e.source()));
        }
        return out;
    }

    boolean tooLong(Entry e) {
        if (!e.disclosureMode().isEmpty() && e.disclosureMode().stream().noneMatch(m -> m.contains(mode))) return false;
        if (e.deadlineDays() == null || e.deadlineUnit() == null) {
            Integer months = wording.months(e.timeLimit());
            return months != null && months * monthDays > maxDays;
        }
        if (wording.isLeastDuration(e.timeLimit(), e.deadlineDays())) return false;
        int limit = e.deadlineUnit() == DeadlineUnit.WORKING_DAY ? maxWorkingDays : maxDays;
        return e.deadlineDays() > limit;
    }
}
