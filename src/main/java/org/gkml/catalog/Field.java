package org.gkml.catalog;

/**
 * The entry fields of the unified schema (see mappings/schema.tsv), with their JSON key names.
 * A catalog has a subset of them: the columns it really has.
 */
public enum Field {
    SEQ("seq"),
    DOMAIN("domain"),
    CATEGORY("category"),          // 一级事项
    ITEM("item"),                  // 二级事项
    CONTENT("content"),            // 公开内容（要素）
    BASIS("basis"),                // 公开依据
    LAWS("laws"),
    TIME_LIMIT("time_limit"),      // 公开时限
    DEADLINE_DAYS("deadline_days"),
    DEADLINE_UNIT("deadline_unit"),
    SUBJECT("subject"),            // 公开主体
    CHANNELS("channels"),          // 公开渠道和载体
    WEB_COLUMN("web_column"),      // 网站所属栏目
    AUDIENCE("audience"),          // 公开对象
    DISCLOSURE_MODE("disclosure_mode"), // 公开方式
    RESPONSIBLE("responsible"),    // 责任部门 / 责任科室
    PUBLICITY_TYPE("publicity_type"),   // 所属“五公开”类型
    UPDATE_FREQUENCY("update_frequency"),
    LEVELS("levels"),              // 公开层级
    REMARKS("remarks");            // 备注

    private final String key;

    Field(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Field ofKey(String key) {
        for (Field f : values()) if (f.key.equals(key)) return f;
        throw new IllegalArgumentException("no schema field named '" + key + "'");
    }
}
