package org.gkml.extract.pdf;

import org.gkml.catalog.Simplified;

import java.util.regex.Pattern;

/**
 * A line that is nothing but a page number, as page footers print it: {@code 1}, {@code - 2 -}, {@code 第 3 页},
 * {@code 2/5}, {@code 第1页/共3页}, {@code 第 1 页 共 3 页} (Word's 「第 X 页 共 Y 页」 footer), {@code 第1页，共3页},
 * {@code Page 2 of 4}. Such a line is page furniture, never a catalog's text.
 */
final class PageNumberLine {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-—–]*(第\\s*)?\\d{1,4}\\s*页?(\\s*(?:[/／]\\s*(共\\s*)?|[,，、]?\\s*共\\s*)\\d{1,4}\\s*页?)?[\\s\\-—–]*$"
                    + "|^[\\s\\-—–]*[Pp]age\\s*\\d+.*$");

    private PageNumberLine() {
    }

    static boolean matches(String line) {
        return PAGE_NUMBER.matcher(Simplified.fold(line)).matches();
    }
}
