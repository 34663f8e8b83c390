package org.gkml.normalize;

import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.Simplified;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first day count stated in a time limit (公开时限): "20个工作日内" → 20 working days.
 *
 * @param days the count, null when the text states none
 * @param unit the unit of the count, null when days is null
 */
record Deadline(Integer days, DeadlineUnit unit) {

    static final Deadline NONE = new Deadline(null, null);

    private static final Pattern COUNT = Pattern.compile(
            "([0-9０-９]+|[一二三四五六七八九十两]+)\\s*个?\\s*(工作日|自然日|日历日|日|天)");

    private static final Pattern LONE_NUMBER = Pattern.compile("(?<![0-9０-９.．])([0-9０-９]+)(?![0-9０-９.．]|\\s*(?:个|月|年|日|号|天|周|时|小时|分|%|％|工作日|自然日))");
    private static final Pattern LONE_UNIT = Pattern.compile("(?<![0-9０-９一二三四五六七八九十两])\\s*个(工作日|自然日)|(?<![0-9０-９一二三四五六七八九十两\\s])(天)");

    /** A cell that is only a count ("20", "20内"; a year is not one): its unit is in the column's label, 公开时限（工作日）. */
    private static final Pattern BARE_COUNT = Pattern.compile("\\s*([0-9０-９]{1,3}|[一二三四五六七八九十两]+)\\s*(以内|内)?\\s*");
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(]\\s*(?:单位[:：]?)?\\s*(工作日|自然日|日|天)\\s*[）)]");

    Deadline {
        if ((days == null) != (unit == null)) throw new IllegalArgumentException("days and unit go together: " + days + "/" + unit);
    }

    static Deadline parse(String timeLimit) {
        if (timeLimit == null) return NONE;
        timeLimit = Simplified.fold(timeLimit);   // 個工作日 counts as 个工作日; only days and unit come out
        Matcher m = COUNT.matcher(timeLimit);
        while (m.find()) {
            if (isCalendarDate(timeLimit, m.start())) continue;   // 1月15日 is a date, not 15 days
            Integer n = ChineseNumber.parse(m.group(1));
            if (n == null) continue;
            return new Deadline(n, unitOf(m.group(2)));
        }
        return separatedByLayout(timeLimit);
    }

    /**
     * The time limit of a cell under a column whose label gives the unit (公开时限（工作日） over "20"): a bare
     * count takes the label's unit; any other text is read as {@link #parse(String)} reads it.
     */
    static Deadline parse(String timeLimit, DeadlineUnit columnUnit) {
        if (timeLimit != null && columnUnit != null) {
            Matcher m = BARE_COUNT.matcher(Simplified.fold(timeLimit));
            if (m.matches()) {
                Integer n = ChineseNumber.parse(m.group(1));
                if (n != null) return new Deadline(n, columnUnit);
            }
        }
        return parse(timeLimit);
    }

    /** The unit a time-limit column's label states in brackets (公开时限（工作日）), or null. */
    static DeadlineUnit unitOfLabel(String label) {
        if (label == null) return null;
        Matcher m = HEADER_UNIT.matcher(Simplified.fold(label));
        if (!m.find()) return null;
        return unitOf(m.group(1));
    }

    /**
     * A PDF export can scramble a wrapped cell so that the count and its unit come apart
     * ("之日起20内予以公开个工作日"). With exactly one free-standing number and one unit word
     * (个工作日 / 个自然日 / 天) elsewhere, they still belong together.
     */
    private static Deadline separatedByLayout(String timeLimit) {
        Matcher numbers = LONE_NUMBER.matcher(timeLimit);
        if (!numbers.find()) return NONE;
        String first = numbers.group(1);
        if (numbers.find()) return NONE;
        Matcher units = LONE_UNIT.matcher(timeLimit);
        if (!units.find()) return NONE;
        DeadlineUnit unit = unitOf(units.group(1));
        if (units.find()) return NONE;
        Integer n = ChineseNumber.parse(first);
        return n == null ? NONE : new Deadline(n, unit);
    }

    /** 工作日 counts working days; 日, 天, 自然日 and 日历日 count days. */
    private static DeadlineUnit unitOf(String word) {
        return word.equals("工作日") ? DeadlineUnit.WORKING_DAY : DeadlineUnit.DAY;
    }

    private static boolean isCalendarDate(String text, int numberStart) {
        int i = numberStart - 1;
        while (i >= 0 && CellText.isSpace(text.charAt(i))) i--;
        return i >= 0 && (text.charAt(i) == '月' || text.charAt(i) == '第');
    }
}
