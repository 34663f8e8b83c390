package org.gkml.normalize;

import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.mapping.MappedRow;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one mapped row's raw cell texts into an {@link Entry} with every field parsed. */
final class EntryNormalizer {

    private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");
    /** A 序号 written as an enumeration: 2. 5、 （3） 四 ６ — the number without its marks. */
    /** 1. （一） No.1 第1项: a number with the marks a list or a form puts around it. */
    private static final Pattern ENUMERATED = Pattern.compile("(?:[Nn][Oo][.．]?|第)?[（(]?([0-9０-９]{1,6}|[一二三四五六七八九十两〇零]{1,3})[)）]?(?:项|条)?[.．、]?");

    private final Set<Field> tickFields;
    private final List<Warning> warnings;

    private final NormalizeVocabulary vocabulary;
    /** One warning says it for the whole catalog. */
    private boolean modeCellsReadAsChannels;
    private boolean standInsWarned;
    private final Set<Field> unknownOptionsWarned = EnumSet.noneOf(Field.class);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** The unit the time-limit column's label states (公开时限（工作日）), for cells that give only a count; or null. */
    private final DeadlineUnit timeLimitUnit;

    EntryNormalizer(NormalizeVocabulary vocabulary, Set<Field> tickFields, DeadlineUnit timeLimitUnit, List<Warning> warnings) {
        this.vocabulary = vocabulary;
        this.tickFields = tickFields;
        this.timeLimitUnit = timeLimitUnit;
        this.warnings = warnings;
    }

    Entry normalize(MappedRow row) {
        Map<Field, String> raw = row.text();
        String basis = text(raw, Field.BASIS);
        String timeLimit = text(raw, Field.TIME_LIMIT);
        Deadline deadline = Deadline.parse(timeLimit, timeLimitUnit);
        CellRemark.Split channelCell = vocabulary.remarks().split(channelText(row));
        CellRemark.Split responsibleCell = vocabulary.remarks().split(raw.get(Field.RESPONSIBLE));
        CellRemark.Split subjectCell = vocabulary.remarks().split(raw.get(Field.SUBJECT));
        ChannelReading channels = tickFields.contains(Field.CHANNELS)
                ? vocabulary.channels().ticked(row.ticks().getOrDefault(Field.CHANNELS, List.of()))
                : vocabulary.channels().parse(channelCell.body());
        for (String w : channels.warnings()) warnings.add(new Warning(WarningCode.CHANNELS, w, row.source()));
        if (channels.standIns() != null && !standInsWarned) {
            standInsWarned = true;
            warnings.add(new Warning(WarningCode.STAND_IN_BOXES, "characters standing where checkboxes stand are read as boxes ("
                    + channels.standIns() + "), here and in every such channel cell", row.source()));
        }
        String webColumn = raw.containsKey(Field.WEB_COLUMN) ? text(raw, Field.WEB_COLUMN) : channels.webColumn();
        Map<String, String> extra = new LinkedHashMap<>();
        row.extra().forEach((k, v) -> {
            String t = CellText.join(v);
            if (t != null) extra.put(k, t);
        });
        List<String> audience = options(row, Field.AUDIENCE), publicity = options(row, Field.PUBLICITY_TYPE), levels = options(row, Field.LEVELS);
        unknownOption(row, Field.AUDIENCE, audience);
        unknownOption(row, Field.PUBLICITY_TYPE, publicity);
        unknownOption(row, Field.LEVELS, levels);
        return new Entry(seq(raw.get(Field.SEQ), row), vocabulary.titles().domainOf(Enumeration.stripPrefix(text(raw, Field.DOMAIN))), Enumeration.stripPrefix(text(raw, Field.CATEGORY)),
                text(raw, Field.ITEM), text(raw, Field.CONTENT), basis, basis == null ? List.of() : Laws.titles(basis),
                timeLimit, deadline.days(), deadline.unit(), subject(subjectCell.body()), channels.selected(), webColumn,
                audience, options(row, Field.DISCLOSURE_MODE),
                raw.containsKey(Field.RESPONSIBLE) ? Responsible.split(vocabulary.units(), responsibleCell.body()) : List.of(),
                publicity, text(raw, Field.UPDATE_FREQUENCY), levels,
                remarks(text(raw, Field.REMARKS), subjectCell.remark(), channelCell.remark(), responsibleCell.remark()),
                extra, row.source());
    }

    /**
     * An option column in words (公开层级 县市两级) that names none of the options mappings/options.tsv lists leaves
     * the field empty: said once per field, at the first such cell. A cell without words ("/", "—") says none.
     */
    private void unknownOption(MappedRow row, Field f, List<String> values) {
        String text = text(row.text(), f);
        if (!values.isEmpty() || text == null || tickFields.contains(f) || !HAN.matcher(text).find() || !unknownOptionsWarned.add(f)) return;
        warnings.add(new Warning(WarningCode.UNKNOWN_OPTION, "the " + f.key() + " cell '" + text + "' names none of the values in "
                + "mappings/options.tsv; left empty here and in every such row", row.source()));
    }

    /**
     * The channel column's cell; where the catalog has none, a 公开方式 / 公开形式 cell that lists channel names
     * instead of a mode (政府网站、公告栏), said in a warning.
     */
    private String channelText(MappedRow row) {
        if (row.text().containsKey(Field.CHANNELS)) return row.text().get(Field.CHANNELS);
        String mode = row.text().get(Field.DISCLOSURE_MODE);
        if (mode == null || tickFields.contains(Field.DISCLOSURE_MODE) || !options(row, Field.DISCLOSURE_MODE).isEmpty()
                || !vocabulary.modeColumnChannels().namesChannels(mode)) return null;
        if (!modeCellsReadAsChannels) {
            warnings.add(new Warning(WarningCode.CHANNELS, "the 公开方式 / 公开形式 cell '" + CellText.join(mode)
                    + "' names channels, not 主动 / 依申请公开: read as channels here and in every such row", row.source()));
            modeCellsReadAsChannels = true;
        }
        return mode;
    }

    /**
     * The 备注 cell with the remarks written inside list cells (… 注：有关公开信息可推送……) after it, in column
     * order. Null when there are none.
     */
    private static String remarks(String... parts) {
        List<String> found = new ArrayList<>();
        for (String p : parts) if (p != null && !found.contains(p)) found.add(p);
        return found.isEmpty() ? null : String.join("；", found);
    }

    /**
     * 公开主体 is text, as printed with the layout's line breaks taken out (the gold README's rule for text): a
     * break in it cannot be told from a wrap reliably enough to list names (南江县人力资源和社会 ⏎ 保障局).
     */
    private static String subject(String cell) {
        return cell == null ? null : CellText.join(cell);
    }

    private static String text(Map<Field, String> raw, Field f) {
        String v = raw.get(f);
        return v == null ? null : CellText.join(v);
    }

    /**
     * An option field comes from tick sub-columns, or from a text column that names the options. 公开对象 and
     * 公开方式 columns are read for both (公开方式 "全社会范围主动公开" gives audience 全社会 and mode 主动公开).
     */
    private List<String> options(MappedRow row, Field f) {
        if (tickFields.contains(f)) return row.ticks().getOrDefault(f, List.of());
        List<Field> sources = (f == Field.AUDIENCE || f == Field.DISCLOSURE_MODE)
                ? List.of(Field.AUDIENCE, Field.DISCLOSURE_MODE) : List.of(f);
        List<String> found = new ArrayList<>();
        for (Field source : sources) {
            String text = row.text().get(source);
            if (text == null) continue;
            for (String v : vocabulary.options().valuesIn(f, text)) if (!found.contains(v)) found.add(v);
        }
        return found;
    }

    /** ① … ⑳ and ❶ … ❿ (a Word list's circled numbers) as their number; 0 for anything else. */
    private static int circledNumber(String s) {
        if (s.length() != 1) return 0;
        char c = s.charAt(0);
        if (c >= '\u2460' && c <= '\u2473') return c - '\u2460' + 1;
        if (c >= '\u2776' && c <= '\u277F') return c - '\u2776' + 1;
        return 0;
    }

    private Integer seq(String raw, MappedRow row) {
        String s = raw == null ? null : CellText.join(raw);
        if (s == null) return null;
        if (INTEGER.matcher(s).matches()) return Integer.parseInt(s);
        int circled = circledNumber(s);
        if (circled > 0) return circled;
        Matcher m = ENUMERATED.matcher(s);
        Integer n = m.matches() ? ChineseNumber.parse(m.group(1)) : null;
        if (n != null) return n;
        warnings.add(new Warning(WarningCode.BAD_SEQ, "序号 '" + s + "' is not a number; left empty", row.source()));
        return null;
    }
}
