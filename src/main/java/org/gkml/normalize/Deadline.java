package org.gkml.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first day count stated in a time limit (公开时限): "20个工作日内" → 20 working days.
 *
 * @param days the count, null when the text states none
 * @param unit "working_day" (工作日) or "day" (日/天/自然日), null when days is null
 */
record Deadline(Integer days, String unit) {

    static final Deadline NONE = new Deadline(null, null);

    private static final Pattern COUNT = Pattern.compile(
            "([0-9０-９]+|[一二三四五六七八九十两]+)\\s*个?\\s*(工作日|自然日|日历日|日|天)");

    Deadline {
        if ((days == null) != (unit == null)) throw new IllegalArgumentException("days and unit go together: " + days + "/" + unit);
    }

    static Deadline parse(String timeLimit) {
        if (timeLimit == null) return NONE;
        Matcher m = COUNT.matcher(timeLimit);
        while (m.find()) {
            if (isCalendarDate(timeLimit, m.start())) continue;   // 1月15日 is a date, not 15 days
            Integer n = ChineseNumber.parse(m.group(1));
            if (n == null) continue;
            return new Deadline(n, m.group(2).equals("工作日") ? "working_day" : "day");
        }
        return NONE;
    }

    private static boolean isCalendarDate(String text, int numberStart) {
        int i = numberStart - 1;
        while (i >= 0 && CellText.isSpace(text.charAt(i))) i--;
        return i >= 0 && (text.charAt(i) == '月' || text.charAt(i) == '第');
    }
}
