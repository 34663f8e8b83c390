package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.table.TextLine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The catalog's title among the lines before the table, and the publishing body it names. */
final class CatalogTitle {

    /** Where the title is: lines first..last (inclusive), and its text. */
    record Found(int first, int last, String text) {
    }

    private static final Pattern BODY_IN_BRACKETS = Pattern.compile("目录[\\s\u3000]*[（(]([^（）()]+)[）)]$");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[\\s\u3000]+(?=\\p{IsHan})");
    /** A bracket at the title's end; an edition note there ("（试行）", "（2024年）") is cut before reading the body. */
    private static final Pattern TRAILING_LINK_WORD = Pattern.compile("(关于|的)$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(]([^（）()]*)[）)]$");
    private static final Pattern LEADING_YEAR = Pattern.compile("^[0-9０-９]{4}[\\s\u3000]*年度?[\\s\u3000]*");
    /** A year between the body and the catalog name (某局2024年政府信息公开目录): an edition, not part of the body. */
    private static final Pattern TRAILING_YEAR = Pattern.compile("[\\s\u3000]*[0-9０-９]{4}[\\s\u3000]*年(度|版)?$");
    private static final int MAX_TITLE_LENGTH = 60;
    /** A guessed body shorter than this is more likely a word of the domain (城镇 of 城镇燃气) than a body. */
    private static final int MIN_GUESSED_AGENCY = 3;

    private final CatalogWords words;
    private final WebChrome chrome;

    CatalogTitle(CatalogWords words, WebChrome chrome) {
        this.words = words;
        this.chrome = chrome;
    }

    /**
     * The first line naming a title word (目录, mappings/catalog-names.tsv) that is neither a key: value line
     * nor a numbered heading; a title wrapped onto a second line ("…政府信息公开" / "基本目录") is joined.
     */
    Found find(List<TextLine> preamble) {
        Found first = findFrom(preamble, 0);
        if (first == null || !isBare(first.text())) return first;
        // a page's heading "标准目录" over the line that names the catalog ("公共文化服务领域基层政务公开标准目录")
        Found named = findFrom(preamble, first.last() + 1);
        return named == null || isBare(named.text()) || SENTENCE.matcher(named.text()).find() ? first : named;
    }

    /** "为进一步推进…，现将本局政务公开标准目录公布如下。": a sentence naming the catalog is no title. */
    private static final Pattern SENTENCE = Pattern.compile("[，,。；;！？]");

    /** A title that names neither a body nor a domain: 标准目录, 政府信息公开目录. */
    private boolean isBare(String title) {
        Named n = named(title);
        return n.agency() == null && n.domain() == null;
    }

    private Found findFrom(List<TextLine> preamble, int start) {
        for (int i = start; i < preamble.size(); i++) {
            String t = clean(preamble.get(i).text());
            if (!isTitleLike(t) || !words.anyIn("title-word", outsideBookTitles(t)) || chrome.isChrome(t)) continue;
            int prev = previousNonBlank(preamble, i);
            String prevText = prev < 0 ? null : clean(preamble.get(prev).text());
            boolean wrapped = startsWithCatalogName(t) || startsWithDomain(t) && namesPlaceOrBody(prevText) || wrappedTail(prevText, t);
            if (wrapped && isTitleLike(prevText) && !chrome.isChrome(prevText)) {
                String joined = prevText + t;
                if (joined.length() <= MAX_TITLE_LENGTH && !joined.startsWith("附件")) return new Found(prev, i, joined);
            }
            int next = i + 1 < preamble.size() ? i + 1 : -1;
            String nextText = next < 0 ? null : clean(preamble.get(next).text());
            if (opensBracket(t) && nextText != null && nextText.length() <= MAX_WRAPPED_TAIL && CLOSES.matcher(nextText).matches()) {
                return new Found(i, next, t + nextText);   // "…标准目录（2024" / "年）"
            }
            return new Found(i, i, t);
        }
        return null;
    }

    private static final Pattern CLOSES = Pattern.compile("[^（）()]*[）)]");

    private static boolean opensBracket(String t) {
        int depth = 0;
        for (char c : t.toCharArray()) {
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && depth > 0) depth--;
        }
        return depth > 0;
    }

    /**
     * What a title says of its publisher.
     *
     * @param agency  the publishing body, or null when the title names none
     * @param domain  the subject domain (领域) the title names, or null
     * @param guessed true when the agency's end was guessed (a domain not in mappings/catalog-names.tsv)
     */
    record Named(String agency, String domain, boolean guessed) {
        static final Named NONE = new Named(null, null, false);
    }

    /**
     * The 领域 a section heading names when the heading is a catalog's title of its own ("（一）重大建设项目领域基层政务公开
     * 标准目录" over one of a 街道's tables → 重大建设项目), or a heading that is the domain and its mark ("一、退役军人服务
     * 领域" over a table → 退役军人服务); any other heading or 领域 cell as it is.
     */
    String domainOf(String heading) {
        if (heading == null) return null;
        if (!words.anyIn("catalog-name", heading)) return beforeTrailingMark(heading);
        String domain = named(heading).domain();
        return domain == null ? heading : domain;
    }

    /**
     * "退役军人服务领域", a heading or 领域 cell that is a domain and its domain-mark only: the domain (退役军人服务), as a
     * title naming it gives it. A mark alone, or one with more after it, stays as it is.
     */
    private String beforeTrailingMark(String heading) {
        String t = heading.strip();
        for (CatalogWords.Word m : words.of("domain-mark")) {
            if (t.length() > m.text().length() && t.endsWith(m.text())) {
                return t.substring(0, t.length() - m.text().length()).strip();
            }
        }
        return heading;
    }

    /** The publishing body a title names: 昆明市西山区医疗保障局政府信息公开基本目录 → 昆明市西山区医疗保障局. */
    String agencyOf(String title) {
        return named(title).agency();
    }

    /**
     * The body and domain a title names. A bracket at the end names the body ("…目录（省医保局）") unless it
     * is an edition ("（试行）", "（2024年）"); otherwise the body is the text before the catalog name, cut
     * before a domain ("香山街道" + "义务教育领域基层政务公开标准目录"): a domain is not a body.
     */
    Named named(String title) {
        if (title == null) return Named.NONE;
        String printed = title.strip();
        Named n = namedSimplified(Simplified.fold(printed));
        // the fold keeps positions: the names are cut from the printed title where they stand in the folded one
        return new Named(asPrinted(n.agency(), printed), asPrinted(n.domain(), printed), n.guessed());
    }

    private String asPrinted(String folded, String printed) {
        if (folded == null) return null;
        int at = Simplified.fold(printed).indexOf(folded);
        return at < 0 ? folded : printed.substring(at, at + folded.length());
    }

    /** 【issuer】关于印发【catalog】的通知: a notice that carries the catalog, as its only title line. */
    private static final Pattern NOTICE = Pattern.compile("^(.*?)关于(?:印发|公布|发布|调整|更新|修订|公开)?(.+?)的(?:通知|公告)$");

    private Named namedSimplified(String t) {
        Matcher notice = NOTICE.matcher(t);
        if (notice.matches()) {
            // the body the catalog's own name gives wins; else the notice's issuer publishes it
            Named inner = namedSimplified(CellText.strip(notice.group(2)));
            if (inner.agency() != null || notice.group(1).isBlank()) return inner;
            return namedSimplified(CellText.strip(notice.group(1)) + CellText.strip(notice.group(2)));
        }
        for (Matcher n = TRAILING_NOTE.matcher(t); n.find() && isEditionNote(n.group(1)); n = TRAILING_NOTE.matcher(t)) {
            t = t.substring(0, n.start()).strip();
        }
        Matcher m = BODY_IN_BRACKETS.matcher(t);
        if (m.find()) {
            // "某县卫生健康局…目录（机构信息）": a body before the catalog name wins over a bracket that names none
            String bracket = CellText.strip(m.group(1));
            Named before = namedSimplified(t.substring(0, m.start(1) - 1));
            if (before.agency() != null && endsAsAgency(before.agency()) && !endsAsAgency(bracket)) return before;
            return new Named(bracket, null, false);
        }
        int end = t.length();
        for (CatalogWords.Word w : words.of("catalog-name")) {
            int at = t.indexOf(w.text());
            if (at >= 0 && at < end) end = at;
        }
        String body = LEADING_YEAR.matcher(CellText.strip(t.substring(0, end))).replaceAll("");
        body = TRAILING_YEAR.matcher(body).replaceAll("");
        String domain = null;
        boolean guessed = false;
        int mark = markAt(body);
        if (mark >= 0) {
            String before = body.substring(0, mark);
            domain = domainAtEnd(before);
            if (domain != null) {
                body = before.substring(0, before.length() - domain.length());
                // 丰都县 + 规划和 + 自然资源, 重庆市荣昌区 + 涉贫涉 + 乡村振兴: words joined to a listed domain (by 和 / 与 /
                // 及, or 涉 "concerning") belong to it, back to the place or body before them; any other word before
                // the domain ends the body's name (香山街道教育办 + 义务教育)
                if (!body.isEmpty() && JOINS_DOMAINS.indexOf(body.charAt(body.length() - 1)) >= 0) {
                    int cut = namePrefixEnd(body);
                    domain = body.substring(Math.max(cut, 0)) + domain;
                    body = cut > 0 ? body.substring(0, cut) : "";
                }
            } else {
                int cut = afterLastAgencyEnding(before);
                domain = CellText.strip(before.substring(Math.max(cut, 0)));
                body = cut > 0 ? before.substring(0, cut) : "";
                guessed = cut > 0;
            }
        }
        body = CellText.strip(body);
        body = body == null ? "" : TRAILING_LINK_WORD.matcher(body).replaceAll("");
        boolean han = body.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        boolean isBody = han && !isEditionNote(body);
        return new Named(isBody ? body : null, CellText.isBlank(domain) ? null : domain, isBody && guessed);
    }

    /** "试行", "2024年", "2023年版": an edition or date, never a body. */
    boolean isEditionNote(String text) {
        if (text == null || text.isBlank()) return true;
        return text.codePoints().anyMatch(Character::isDigit) || words.anyIn("title-note", text);
    }

    /** Where the domain-mark (领域) first stands in the text, or -1. */
    private int markAt(String text) {
        int at = -1;
        for (CatalogWords.Word w : words.of("domain-mark")) {
            int i = text.indexOf(w.text());
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        return at;
    }

    /** The longest listed domain the text ends with, or null. */
    private String domainAtEnd(String text) {
        for (CatalogWords.Word w : words.of("domain")) if (text.endsWith(w.text())) return w.text();
        return null;
    }

    private static final String JOINS_DOMAINS = "和与及、涉";

    /** The index just after the last agency-ending in the text (not one inside 城镇, 城乡 …), or -1. */
    private int afterLastAgencyEnding(String text) {
        return afterLastEnding(text, "agency-ending", MIN_GUESSED_AGENCY, text.length());
    }

    /**
     * The index just after the last word of this kind in the text, not at its start nor inside an ordinary word,
     * ending at least at {@code minEnd} and at most at {@code maxEnd}; -1 when there is none.
     */
    private int afterLastEnding(String text, String kind, int minEnd, int maxEnd) {
        int best = -1;
        for (CatalogWords.Word w : words.of(kind)) {
            for (int i = text.indexOf(w.text()); i > 0; i = text.indexOf(w.text(), i + 1)) {
                int end = i + w.text().length();
                if (end >= minEnd && end <= maxEnd && end > best && !insideOrdinaryWord(text, i, end)) best = end;
            }
        }
        return best;
    }

    private boolean insideOrdinaryWord(String text, int start, int end) {
        for (CatalogWords.Word w : words.of("not-ending")) {
            for (int i = text.indexOf(w.text()); i >= 0; i = text.indexOf(w.text(), i + 1)) {
                if (i <= start && end <= i + w.text().length()) return true;
            }
        }
        return false;
    }

    /**
     * "生态环境领域基层政务公开标准目录" under a line "长兴县": a title typed as two paragraphs, the place or body
     * first, then its domain (a listed domain followed by the domain-mark).
     */
    boolean startsWithDomain(String t) {
        if (t == null) return false;
        String s = Simplified.fold(t);
        for (CatalogWords.Word d : words.of("domain")) {
            if (!s.startsWith(d.text())) continue;
            for (CatalogWords.Word m : words.of("domain-mark")) if (s.startsWith(m.text(), d.text().length())) return true;
        }
        return false;
    }

    /**
     * Where the place or body a title names before its domain ends: the end of the text when it ends like one
     * (香山街道, 汝城县自然资源局), else just after the last place- or agency-ending in it (重庆市荣昌区|涉贫涉), else -1.
     */
    private int namePrefixEnd(String text) {
        if (text.isEmpty() || endsAsAgency(text) || DocumentFacts.isPlaceOnly(words, text)) return -1;
        // an ending at the text's very end would leave nothing to join the domain
        return Math.max(afterLastEnding(text, "agency-ending", 0, text.length() - 1),
                afterLastEnding(text, "place-ending", 0, text.length() - 1));
    }

    private boolean endsAsAgency(String name) {
        return words.of("agency-ending").stream().anyMatch(w -> name.endsWith(w.text()));
    }

    /** "长兴县", "长兴县人民政府": a line that is only a place's or a body's name, which a domain line may follow. */
    boolean namesPlaceOrBody(String line) {
        if (line == null || line.startsWith("附件")) return false;
        String s = Simplified.fold(line);
        return DocumentFacts.isPlaceOnly(words, s) || words.of("agency-ending").stream().anyMatch(w -> s.endsWith(w.text()));
    }

    /**
     * "准目录" under "…领域基层政务公开标": a title wrapped inside a word (a page printed at the browser's width), the
     * line above naming the catalog but no title word, the line itself short.
     */
    private boolean wrappedTail(String above, String t) {
        return above != null && t.length() <= MAX_WRAPPED_TAIL && words.anyIn("catalog-name", above) && !words.anyIn("title-word", above);
    }

    private static final int MAX_WRAPPED_TAIL = 8;

    /** "基本目录", "政务公开目录": the second line of a wrapped title, naming no body of its own. */
    private boolean startsWithCatalogName(String t) {
        return words.of("catalog-name").stream().anyMatch(w -> t.startsWith(w.text()));
    }

    private static final Pattern BOOK_TITLE = Pattern.compile("《[^《》]*》");
    /** A quoted title the line break cut: its end opening the line (…目录（试行）》，现印发给你们), its start closing it. */
    private static final Pattern BOOK_TITLE_TAIL = Pattern.compile("^[^《》]*》");
    private static final Pattern BOOK_TITLE_HEAD = Pattern.compile("《[^《》]*$");

    /**
     * The line without the titles it quotes: 关于印发《某局政府信息公开目录》的通知 names the catalog, it is not its
     * title (the attachment's own title line follows). A notice's body wrapped inside a quoted title quotes it too:
     * "开标准目录（试行）》，现印发给你们" is the end of a quote, as "我局编制了《某某县公共法律服务领域基层政务公" is its start.
     */
    static String outsideBookTitles(String t) {
        String s = BOOK_TITLE.matcher(t).replaceAll("");
        s = BOOK_TITLE_TAIL.matcher(s).replaceAll("");
        return BOOK_TITLE_HEAD.matcher(s).replaceAll("");
    }

    private static boolean isTitleLike(String t) {
        return t != null && !t.isEmpty() && t.length() <= MAX_TITLE_LENGTH && !t.contains("：") && !t.contains(":")
                && t.equals(Enumeration.stripPrefix(t));   // 第二部分 基本目录 is a heading
    }

    /** Trimmed, with letter-spacing between Chinese characters taken out ("目 录" → "目录"). */
    private static String clean(String line) {
        String t = CellText.strip(line);
        return t == null ? null : SPACE_BETWEEN_HAN.matcher(t).replaceAll("");
    }

    private static int previousNonBlank(List<TextLine> lines, int i) {
        for (int j = i - 1; j >= 0; j--) if (!CellText.isBlank(lines.get(j).text())) return j;
        return -1;
    }
}
