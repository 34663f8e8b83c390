package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import org.gkml.catalog.Level;
import org.gkml.catalog.Region;
import org.gkml.table.Provenance;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a catalog says about itself outside the table rows.
 *
 * @param title    the catalog's title line, or null when it has none
 * @param agency   the publishing body, or null
 * @param region   province / city / county, parts unknown are null
 * @param level    the publishing body's level, or null
 * @param meta     facts keyed as the catalog words them (see {@link MetaReader})
 * @param warnings what was odd, or which fallback was taken
 */
record DocumentFacts(String title, String agency, Region region, Level level, Map<String, Object> meta,
                     List<Warning> warnings) {

    /** The meta key under which the subject domain a title names is kept (义务教育, 社会救助 …). */
    static final String DOMAIN_KEY = "领域";
    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile("[、，,；;/／\\s\u3000]");

    /**
     * @param preamble the text lines before the table; trailer the lines after it
     * @param hints    table texts that may name the agency or level (e.g. the 公开主体 values)
     */
    static DocumentFacts read(NormalizeVocabulary v, String file, List<TextLine> preamble, List<TextLine> trailer, List<String> hints) {
        return read(v, file, preamble, trailer, hints, null);
    }

    /**
     * @param commonSubject the 公开主体 every row names, or null when rows name different units or none;
     *                      the agency when the title and preamble name none
     */
    static DocumentFacts read(NormalizeVocabulary v, String file, List<TextLine> preamble, List<TextLine> trailer, List<String> hints, String commonSubject) {
        CatalogWords words = v.words();
        List<TextLine> before = preamble == null ? List.of() : preamble;
        List<TextLine> after = trailer == null ? List.of() : trailer;
        List<String> tableHints = hints == null ? List.of() : hints.stream().filter(h -> !CellText.isBlank(h)).toList();
        List<Warning> warnings = new ArrayList<>();

        CatalogTitle.Found titleLines = v.titles().find(before);
        String title = titleLines == null ? null : titleLines.text();
        List<String> metaLines = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (titleLines == null || i < titleLines.first() || i > titleLines.last()) metaLines.add(before.get(i).text());
            else if (i == titleLines.first()) metaLines.add(null);
        }
        metaLines.add(null);
        after.forEach(l -> metaLines.add(l.text()));
        Map<String, Object> meta = MetaReader.read(v.chrome(), metaLines, v.titles()::namesPlaceOrBody);

        CatalogTitle.Named named = v.titles().named(title);
        String agency = named.agency();
        // 汝城县城乡规划领域…目录, 汉台区武乡镇基层政务公开标准目录: the title names the place the catalog covers, not the
        // body that publishes it. With a domain the place is never the agency; with none it is, failing a body named by
        // the preamble (编制单位：…武乡镇人民政府) or by every row's 公开主体
        String placeInTitle = null;
        if (agency != null && isPlaceOnly(words, agency)) {
            if (named.domain() == null) placeInTitle = agency;
            agency = null;
        }
        if (agency != null && named.guessed()) {
            warnings.add(new Warning(WarningCode.GUESSED_AGENCY, "the title names a domain not known to gkml (" + named.domain()
                    + "); agency guessed as the text before it: " + agency, where(file, before)));
        }
        if (named.domain() != null) meta.putIfAbsent(DOMAIN_KEY, named.domain());
        if (agency == null) {
            agency = agencyFromMeta(words, meta);
            if (agency != null) {
                warnings.add(new Warning(WarningCode.AGENCY_FROM_PREAMBLE, (title == null ? "no title line" : "the title names no agency")
                        + "; agency taken from the preamble: " + agency, where(file, before)));
            }
        }
        if (agency == null && isOneUnit(words, commonSubject)) {
            agency = CellText.strip(commonSubject);
            warnings.add(new Warning(WarningCode.GUESSED_AGENCY, "the title names no agency; taken from the 公开主体 every row names: " + agency,
                    where(file, before)));
        }
        if (agency == null) agency = placeInTitle;
        if (agency == null) {
            agency = agencyFromBreadcrumb(words, v.chrome(), before);
            if (agency != null) {
                warnings.add(new Warning(WarningCode.AGENCY_FROM_PREAMBLE, (title == null ? "no title line" : "the title names no agency")
                        + "; agency taken from the page's breadcrumb: " + agency, where(file, before)));
            }
        }

        List<String> primary = new ArrayList<>();
        if (agency != null) primary.add(agency);
        if (title != null) primary.add(title);
        List<String> context = new ArrayList<>();
        before.forEach(l -> context.add(l.text()));
        context.addAll(tableHints);
        RegionFinder.Result found = new RegionFinder(v.gazetteer()).find(primary, context);
        found.warnings().forEach(w -> warnings.add(new Warning(WarningCode.REGION_GUESS, w, where(file, before))));

        Level level = levelOf(words, found, primary, agency, tableHints);
        return new DocumentFacts(title, agency, cutBelow(found.region(), level), level, Collections.unmodifiableMap(meta), List.copyOf(warnings));
    }

    /** One named unit (区教育局), not a kind of body (乡镇人民政府, 公安机关, 各医疗机构) nor a list of units. */
    static boolean isOneUnit(CatalogWords words, String subject) {
        String s = Simplified.fold(CellText.strip(subject));   // 區教育局 is one unit as 区教育局 is
        if (s == null || s.length() < 2 || s.length() > 30 || LIST_SEPARATOR.matcher(s).find()) return false;
        if (words.valueIn("level-word", s) != null) return false;
        for (CatalogWords.Word w : words.of("generic-subject-start")) if (s.startsWith(w.text())) return false;
        for (CatalogWords.Word w : words.of("generic-subject-end")) if (s.endsWith(w.text())) return false;
        return words.of("agency-ending").stream().anyMatch(w -> s.endsWith(w.text()));
    }

    /** A place's name (汝城县, 香山街道, 重庆市合川区双槐镇), not a body's (汝城县自然资源局, 营盘镇人民政府). */
    static boolean isPlaceOnly(CatalogWords words, String name) {
        String s = Simplified.fold(CellText.strip(name));
        if (s == null) return false;
        for (CatalogWords.Word w : words.of("agency-ending")) {
            if (s.endsWith(w.text()) && !isPlaceEnding(words, w.text())) return false;
        }
        return isPlaceEnding(words, s);
    }

    private static boolean isPlaceEnding(CatalogWords words, String s) {
        return words.of("place-ending").stream().anyMatch(w -> s.endsWith(w.text()));
    }

    private static String agencyFromMeta(CatalogWords words, Map<String, Object> meta) {
        for (CatalogWords.Word w : words.of("agency-key")) {
            if (Simplified.get(meta, w.text()) instanceof String s && !CellText.isBlank(withoutFormNote(words, s))) return withoutFormNote(words, s);
        }
        return null;
    }

    /**
     * The body a breadcrumb names nearest the page (首页 > 部门基层政务公开 > 额尔敦街道办事处 > 标准目录): a portal files a
     * department's pages under its name. Only one named unit counts, never a section (政务公开), a kind of body or a
     * place; it is the last resort, after the title, the preamble and the 公开主体 every row names.
     */
    private static String agencyFromBreadcrumb(CatalogWords words, WebChrome chrome, List<TextLine> lines) {
        for (TextLine l : lines) {
            List<String> parts = chrome.breadcrumb(l.text());
            for (int i = parts.size() - 1; i >= 0; i--) {
                // 首页 > 香山街道 > …: a place's own pages, not a body's
                if (isOneUnit(words, parts.get(i)) && !isPlaceOnly(words, parts.get(i))) return parts.get(i);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern TRAILING_BRACKET =
            java.util.regex.Pattern.compile("[\\s\u3000]*[（(]([^（）()]*)[）)][\\s\u3000]*$");

    /**
     * The text without a trailing form instruction ("宁海县交通运输局（盖章）" → "宁海县交通运输局"): the blank
     * form told the filler to stamp there; the stamp is no part of the body's name.
     */
    static String withoutFormNote(CatalogWords words, String text) {
        if (text == null) return null;
        java.util.regex.Matcher m = TRAILING_BRACKET.matcher(text);
        if (m.find() && words.of("form-note").stream().anyMatch(w -> Simplified.fold(m.group(1)).strip().equals(w.text()))) {
            return text.substring(0, m.start()).strip();
        }
        return text.strip();
    }

    /** The named place's level first, then level words in the agency/title, then in the table hints. */
    private static Level levelOf(CatalogWords words, RegionFinder.Result found, List<String> primary, String agency, List<String> hints) {
        if (found.level() != null && !found.fromContext()) return found.level();
        for (String t : primary) {
            String v = words.valueIn("level-word", t);
            if (v != null) return levelWord(v);
        }
        String v = words.valueAtStart("level-prefix", agency);
        if (v != null) return municipal(levelWord(v), found.region());
        for (String h : hints) {
            v = words.valueIn("level-word", h);
            if (v != null) return levelWord(v);
        }
        return found.level();
    }

    /**
     * 市医保局 in a catalog of 上海市 (a municipality, 直辖市: a province whose name ends in 市) is the municipality's
     * own bureau, a province-level body; its districts are found as counties.
     */
    private static Level municipal(Level level, Region region) {
        boolean municipality = region != null && region.province() != null && region.province().endsWith("市")
                && region.city() == null && region.county() == null;
        return level == Level.CITY && municipality ? Level.PROVINCE : level;
    }

    private static Level levelWord(String value) {
        return Level.parse(value, "catalog-names.tsv");
    }

    /** A province bureau's address names a district; the bureau's region still ends at its level. */
    private static Region cutBelow(Region r, Level level) {
        if (level == Level.PROVINCE) return new Region(r.province(), null, null);
        if (level == Level.CITY) return new Region(r.province(), r.city(), null);
        return r;
    }

    private static Provenance where(String file, List<TextLine> lines) {
        return lines.isEmpty() || lines.get(0).source() == null ? (file == null ? null : new Provenance(file, 0, 0, null)) : lines.get(0).source();
    }
}
