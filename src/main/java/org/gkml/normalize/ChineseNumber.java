package org.gkml.normalize;

/** Small counts written in digits (full- or half-width) or Chinese numerals up to 99: 五, 十五, 二十, 两. */
public final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value, or null when the text is not such a number. */
    public static Integer parse(String s) {
        if (s == null || s.isEmpty()) return null;
        if (s.chars().allMatch(c -> Character.isDigit(c))) {
            try {
                return Integer.parseInt(s.chars().map(c -> Character.digit(c, 10)).collect(StringBuilder::new,
                        StringBuilder::append, StringBuilder::append).toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String t = s.replace('两', '二').replace('〇', '零');
        int ten = t.indexOf('十');
        if (ten < 0) return t.length() == 1 ? digit(t.charAt(0)) : null;
        if (t.indexOf('十', ten + 1) >= 0 || t.length() > 3) return null;
        Integer tens = ten == 0 ? Integer.valueOf(1) : (ten == 1 ? digit(t.charAt(0)) : null);
        Integer ones = ten == t.length() - 1 ? Integer.valueOf(0) : (t.length() - ten == 2 ? digit(t.charAt(ten + 1)) : null);
        return tens == null || ones == null ? null : tens * 10 + ones;
    }

    private static Integer digit(char c) {
        int i = DIGITS.indexOf(c);
        return i < 0 ? null : i;
    }
}
