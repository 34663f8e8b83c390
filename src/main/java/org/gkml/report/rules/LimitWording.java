package org.gkml.report.rules;

import org.gkml.catalog.Simplified;
import org.gkml.normalize.ChineseNumber;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words of a time limit (公开时限) say around its figures, beyond the day count the reading took out:
 * whether that count is a least duration (a {@code minimum} word right before it: 公示期不少于三十日 says how long an
 * item stays up, not how soon it goes up), and how many months it allows when it states months, not days
 * (办结后一个月内: a {@code month} word right after the figure). A minimum word elsewhere in the cell
 * (…30个工作日内公开，公示期不少于5个工作日) says nothing of the count read first.
 *
 * @param minimumWords words that make the figure after them a least duration (不少于, 至少 …)
 * @param monthWords   words that make the figure before them a number of months within which (个月内 …)
 */
record LimitWording(List<String> minimumWords, List<String> monthWords) {

    private static final String FIGURE = "([0-9０-９]+|[一二三四五六七八九十两]+)";
    private static final Pattern LEADING_FIGURE = Pattern.compile("\\s*" + FIGURE);
    private static final Pattern TRAILING_FIGURE = Pattern.compile(FIGURE + "\\s*$");

    LimitWording {
        minimumWords = List.copyOf(minimumWords);
        monthWords = List.copyOf(monthWords);
    }

    /** Whether a minimum word stands right before the figure {@code days} in {@code timeLimit}. */
    boolean isLeastDuration(String timeLimit, int days) {
        String text = fold(timeLimit);
        for (String w : minimumWords) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                Matcher m = LEADING_FIGURE.matcher(text).region(at + w.length(), text.length());
                if (m.lookingAt() && Integer.valueOf(days).equals(ChineseNumber.parse(m.group(1)))) return true;
            }
        }
        return false;
    }

    /**
     * The most months {@code timeLimit} allows (the figure before a month word, 一个月内 → 1), or null when it states
     * none; a figure after a minimum word (不少于三个月内) is no limit.
     */
    Integer months(String timeLimit) {
        String text = fold(timeLimit);
        Integer most = null;
        for (String w : monthWords) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                Matcher m = TRAILING_FIGURE.matcher(text.substring(0, at));
                if (!m.find()) continue;
                Integer n = ChineseNumber.parse(m.group(1));
                if (n == null || isLeastDuration(text.substring(0, at), n)) continue;
                if (most == null || n > most) most = n;
            }
        }
        return most;
    }

    private static String fold(String s) {
        return s == null ? "" : Simplified.fold(s);
    }
}
