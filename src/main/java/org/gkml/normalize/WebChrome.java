package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.vocabulary.MappingFiles;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a portal's navigation, breadcrumb and footer lines (mappings/web-chrome.tsv) from catalog text:
 * they are printed around every page of a site, so they say nothing about the catalog.
 */
final class WebChrome {

    /** A navigation bar's parts are short link texts ("首页", "政务公开", "互动交流"). */
    private static final int MAX_NAV_PART = 10;
    private static final int MIN_NAV_PARTS = 3;

    private static final List<String> STARTS = new ArrayList<>();
    private static final List<String> WORDS = new ArrayList<>();
    private static final List<String> NAV_MARKS = new ArrayList<>();

    static {
        for (String[] r : MappingFiles.rows("web-chrome.tsv")) {
            if (r.length < 2) throw new IllegalStateException("web-chrome.tsv: row needs kind and text: " + String.join("\t", r));
            switch (r[0]) {
                case "start" -> STARTS.add(r[1]);
                case "word" -> WORDS.add(r[1]);
                case "nav-mark" -> NAV_MARKS.add(r[1]);
                default -> throw new IllegalStateException("web-chrome.tsv: unknown kind " + r[0]);
            }
        }
    }

    private WebChrome() {
    }

    private static boolean isLinkText(String part) {
        return part.length() <= MAX_NAV_PART && part.chars().noneMatch(c -> c == ':' || c == '：' || Character.isDigit(c));
    }

    static boolean isChrome(String line) {
        if (line == null) return false;
        String t = Simplified.fold(line).replaceAll("[\\s\u3000\u00a0]+", "");   // 網站地圖 is 网站地图
        if (t.isEmpty()) return false;
        for (String s : STARTS) if (t.startsWith(s)) return true;
        for (String w : WORDS) if (t.contains(w)) return true;
        for (String mark : NAV_MARKS) {
            String[] parts = t.split(java.util.regex.Pattern.quote(mark));
            if (parts.length >= MIN_NAV_PARTS && java.util.Arrays.stream(parts).allMatch(WebChrome::isLinkText)) return true;
        }
        return false;
    }
}
