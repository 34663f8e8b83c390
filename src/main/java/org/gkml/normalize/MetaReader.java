package org.gkml.normalize;

import org.gkml.catalog.Simplified;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document facts outside the table (填表人, contact lines, declared counts, 备注 …), keyed as the catalog
 * words them. Values are strings, lists of strings (a heading followed by numbered lines) or integers
 * (declared counts: "二级事项 16 项" → 二级事项 = 16).
 */
final class MetaReader {

    private static final Pattern ATTACHMENT = Pattern.compile("^附件[\\s\u3000]*[:：]?[\\s\u3000]*([0-9０-９一二三四五六七八九十]{1,3})$");
    private static final Pattern BRACKETED = Pattern.compile("^【([^】]{1,20})】[\\s\u3000]*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^[0-9０-９]{1,2}[.．、][\\s\u3000]*(.+)$");
    /** A notice's date line (2024年4月8日) or a bare 附件 before an attachment: the end of a notice, not a wrapped value. */
    private static final Pattern ENDS_A_VALUE = Pattern.compile("^(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|附件)$");
    /**
     * A key: up to 12 characters without separators, at least one of them Chinese, maybe a short bracketed
     * qualifier (填报单位（盖章）), then a colon.
     */
    private static final Pattern KEY = Pattern.compile("(?:^|(?<=[\\s\u3000，,；;。]))([^\\s\u3000，,；;。：:【】、《》（）()]{1,12}"
            + "(?:[（(][^\\s\u3000，,；;。：:【】、《》（）()]{1,6}[）)])?)[：:]");
    /** A date, time or number (发布时间：2020-12-08) is whole: the line after it is text of its own, not its wrap. */
    private static final Pattern COMPLETE_VALUE = Pattern.compile("[0-9０-９][0-9０-９\\s\u3000年月日时分秒号:：/.．\\-－—]*");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s\u3000，,；;]+$");
    private static final Pattern COUNT = Pattern.compile("(\\p{IsHan}+)[\\s\u3000]*([0-9]{1,6})[\\s\u3000]*项");

    private final Map<String, Object> meta = new LinkedHashMap<>();
    private String lastKey;      // a value that a following unkeyed line continues (a wrapped 备注)
    private String listHeading;  // a heading whose numbered lines form a list

    private final WebChrome chrome;
    private final Predicate<String> standsAlone;

    private MetaReader(WebChrome chrome, Predicate<String> standsAlone) {
        this.chrome = chrome;
        this.standsAlone = standsAlone;
    }

    /**
     * @param lines       the lines outside the table; a null line is a break that no value continues across (where
     *                    the title stood)
     * @param standsAlone a line that is only a place's or a body's name (a notice's signature): it continues no
     *                    value that already has text
     */
    static Map<String, Object> read(WebChrome chrome, List<String> lines, Predicate<String> standsAlone) {
        MetaReader r = new MetaReader(chrome, standsAlone);
        for (String line : lines) {
            if (line == null) r.reset();
            else r.accept(CellText.strip(line));
        }
        return r.meta;
    }

    private void accept(String t) {
        if (t.isEmpty()) return;
        if (chrome.isChrome(t) || ENDS_A_VALUE.matcher(t).matches()) {
            reset();   // nor does the text after a breadcrumb or footer continue a value
            return;
        }
        Matcher m;
        if ((m = ATTACHMENT.matcher(t)).matches()) {
            put("附件", m.group(1));
            reset();
        } else if ((m = BRACKETED.matcher(t)).matches()) {
            String key = m.group(1).strip();
            put(key, m.group(2));
            for (Pair p : pairs(m.group(2))) put(p.key(), p.value());
            reset();
            lastKey = key;
        } else if (listHeading != null && (m = NUMBERED.matcher(t)).matches()) {
            addToList(listHeading, m.group(1));
        } else if (isHeading(t)) {
            reset();
            listHeading = Enumeration.stripPrefix(t);
        } else if (startsWithKey(t)) {
            reset();
            for (Pair p : pairs(t)) {
                put(p.key(), p.value());
                putCounts(p.value());
                lastKey = p.key();
            }
        } else if (lastKey != null && meta.get(lastKey) instanceof String previous && !COMPLETE_VALUE.matcher(previous).matches()
                && (previous.isEmpty() || !standsAlone.test(t))) {
            meta.put(lastKey, CellText.join(previous + "\n" + t));
        }
    }

    private record Pair(String key, String value) {
    }

    /** The "key：value" pairs in a text; each value runs to the next key. */
    private static List<Pair> pairs(String text) {
        List<int[]> keys = new ArrayList<>();
        Matcher m = KEY.matcher(text);
        while (m.find()) {
            if (m.group(1).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    && !Character.isDigit(m.group(1).charAt(0))) {
                keys.add(new int[]{m.start(1), m.end(1), m.end()});
            }
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int end = i + 1 < keys.size() ? keys.get(i + 1)[0] : text.length();
            String value = TRAILING_SEPARATORS.matcher(text.substring(keys.get(i)[2], end)).replaceAll("");
            out.add(new Pair(text.substring(keys.get(i)[0], keys.get(i)[1]), CellText.strip(value)));
        }
        return out;
    }

    private static boolean startsWithKey(String t) {
        Matcher m = KEY.matcher(t);
        return m.find() && m.start() == 0 && !pairs(t).isEmpty();
    }

    private static boolean isHeading(String t) {
        return !NUMBERED.matcher(t).matches() && !t.contains("：") && !t.equals(Enumeration.stripPrefix(t));
    }

    private void putCounts(String value) {
        Matcher m = COUNT.matcher(Simplified.fold(value));   // 16 項 counts too; the key stays as printed
        while (m.find()) meta.putIfAbsent(value.substring(m.start(1), m.end(1)), Integer.parseInt(m.group(2)));
    }

    @SuppressWarnings("unchecked")
    private void addToList(String key, String item) {
        Object v = meta.get(key);
        if (!(v instanceof List)) {
            v = new ArrayList<String>();
            meta.put(key, v);
        }
        ((List<String>) v).add(item);
    }

    private void put(String key, String value) {
        meta.put(key, value);
    }

    private void reset() {
        lastKey = null;
        listHeading = null;
    }
}
