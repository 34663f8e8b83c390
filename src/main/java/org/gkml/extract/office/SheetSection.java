package org.gkml.extract.office;

import java.util.regex.Pattern;

/**
 * Tells a sheet name that names a section of the catalog (社会救助, 义务教育, 机构信息) from one that does not
 * (Sheet1, 工作表2, 填表说明, 公开目录): a county that keeps one sheet per 领域 or per 一级事项 names the group only
 * there. Used only when the workbook has catalog rows on two sheets or more; one sheet's name is the whole catalog's.
 */
final class SheetSection {

    /** An optional enumeration (一、 1. （一）), then a name of two to twenty Chinese characters or brackets. */
    private static final Pattern NAME = Pattern.compile("(?:[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)])?"
            + "[\\s\u3000]*(\\p{IsHan}[\\p{IsHan}（）()、]{1,19})");
    /** Words that name the workbook's own parts, not a group of items. */
    private static final Pattern NOT_A_SECTION = Pattern.compile("目录|清单|说明|附件|封面|汇总|工作表|备注|模板|样表");

    private SheetSection() {
    }

    /** The section the sheet name gives, or null when it gives none. */
    static String of(String sheetName) {
        if (sheetName == null) return null;
        var m = NAME.matcher(sheetName.strip());
        if (!m.matches() || NOT_A_SECTION.matcher(sheetName).find()) return null;
        return m.group(1);
    }
}
