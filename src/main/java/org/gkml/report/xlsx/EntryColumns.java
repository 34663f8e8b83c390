package org.gkml.report.xlsx;

import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The 条目 sheet's schema columns: each field's Chinese heading, width, and its value as a cell shows it. */
final class EntryColumns {

    private record Spec(String title, int width, boolean wrap) {
    }

    private static final Map<Field, Spec> SPECS = new EnumMap<>(Field.class);

    static {
        SPECS.put(Field.SEQ, new Spec("序号", 6, false));
        SPECS.put(Field.DOMAIN, new Spec("领域/类别", 14, true));
        SPECS.put(Field.CATEGORY, new Spec("一级事项", 16, true));
        SPECS.put(Field.ITEM, new Spec("二级事项", 22, true));
        SPECS.put(Field.CONTENT, new Spec("公开内容", 40, true));
        SPECS.put(Field.BASIS, new Spec("公开依据", 36, true));
        SPECS.put(Field.LAWS, new Spec("所引法规", 30, true));
        SPECS.put(Field.TIME_LIMIT, new Spec("公开时限", 24, true));
        SPECS.put(Field.DEADLINE_DAYS, new Spec("时限天数", 8, false));
        SPECS.put(Field.DEADLINE_UNIT, new Spec("时限单位", 8, false));
        SPECS.put(Field.SUBJECT, new Spec("公开主体", 18, true));
        SPECS.put(Field.CHANNELS, new Spec("公开渠道和载体", 24, true));
        SPECS.put(Field.WEB_COLUMN, new Spec("网站栏目", 16, true));
        SPECS.put(Field.AUDIENCE, new Spec("公开对象", 12, true));
        SPECS.put(Field.DISCLOSURE_MODE, new Spec("公开方式", 12, true));
        SPECS.put(Field.RESPONSIBLE, new Spec("责任部门", 18, true));
        SPECS.put(Field.PUBLICITY_TYPE, new Spec("“五公开”类型", 12, true));
        SPECS.put(Field.UPDATE_FREQUENCY, new Spec("更新频率", 12, true));
        SPECS.put(Field.LEVELS, new Spec("公开层级", 12, true));
        SPECS.put(Field.REMARKS, new Spec("备注", 24, true));
    }

    /** What the deadline units of the schema are called on the sheet. */
    private static final Map<String, String> UNITS = Map.of("working_day", "工作日", "day", "日");

    private EntryColumns() {
    }

    static List<SheetWriter.Column> columns() {
        return java.util.Arrays.stream(Field.values())
                .map(f -> new SheetWriter.Column(SPECS.get(f).title(), SPECS.get(f).width(), SPECS.get(f).wrap())).toList();
    }

    /** The entry's value under each field, in {@link Field} order: lists joined one per line, units in Chinese. */
    static Object[] values(Entry e) {
        Field[] fields = Field.values();
        Object[] out = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Object v = e.get(fields[i]);
            if (v instanceof List<?> l) v = l.isEmpty() ? null : String.join("\n", l.stream().map(String::valueOf).toList());
            if (v instanceof DeadlineUnit unit) v = UNITS.getOrDefault(unit.json(), unit.json());
            out[i] = v;
        }
        return out;
    }
}
