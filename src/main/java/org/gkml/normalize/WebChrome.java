package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.vocabulary.MappingFile;

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
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u3000\u00a0]+");

    private final List<String> starts = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> navMarks = new ArrayList<>();
    private final List<String> crumbMarks = new ArrayList<>();

    /** From web-chrome.tsv: kind (start, word, nav-mark) and text. */
    WebChrome(MappingFile file) {
        for (MappingFile.Row r : file.rows()) {
            switch (r.get(0)) {
                case "start" -> starts.add(r.get(1));
                case "word" -> words.add(r.get(1));
                case "nav-mark" -> navMarks.add(r.get(1));
                case "crumb-mark" -> crumbMarks.add(r.get(1));
                default -> throw r.fault("unknown kind \"" + r.get(0) + "\"; want start, word, nav-mark or crumb-mark");
            }
        }
    }

    private static boolean isLinkText(String part) {
        return part.length() <= MAX_NAV_PART && part.chars().noneMatch(c -> c == ':' || c == '：' || Character.isDigit(c));
    }

    boolean isChrome(String line) {
        if (line == null) return false;
        String t = SPACES.matcher(Simplified.fold(line)).replaceAll("");   // 網站地圖 is 网站地图
        if (t.isEmpty()) return false;
        for (String s : starts) if (t.startsWith(s)) return true;
        for (String w : words) if (t.contains(w)) return true;
        for (String mark : navMarks) {
            String[] parts = t.split(java.util.regex.Pattern.quote(mark));
            if (parts.length >= MIN_NAV_PARTS && java.util.Arrays.stream(parts).allMatch(WebChrome::isLinkText)) return true;
        }
        return false;
    }

    /**
     * The parts of a breadcrumb line ("当前位置：首页 > 部门基层政务公开 > 额尔敦街道办事处 > 标准目录" → 首页, 部门基层政务公开,
     * 额尔敦街道办事处, 标准目录), or none when the line is no breadcrumb: chrome cut by a crumb-mark.
     */
    List<String> breadcrumb(String line) {
        if (!isChrome(line)) return List.of();
        String t = SPACES.matcher(Simplified.fold(line)).replaceAll("");
        int colon = Math.max(t.indexOf('：'), t.indexOf(':'));
        if (colon >= 0) t = t.substring(colon + 1);
        for (String mark : crumbMarks) {
            if (!t.contains(mark)) continue;
            List<String> parts = new ArrayList<>();
            for (String p : t.split(java.util.regex.Pattern.quote(mark))) if (!p.isEmpty()) parts.add(p);
            if (parts.size() >= 2) return parts;
        }
        return List.of();
    }
}
