package org.gkml.extract.text;

import org.gkml.catalog.Simplified;

import java.util.regex.Pattern;

/**
 * The end of a 公开依据 cell in PDF-flow text: a citation closed (《…》, or its document number 〔2011〕5号）) with no
 * bracket left open, and what a further citation of the same cell starts with.
 */
final class CitedBasis {

    private static final Pattern CLOSED = Pattern.compile("(》|号[）)])$");
    private static final Pattern STARTS = Pattern.compile("^([《〔（(“]|\\d{1,2}[.．、）)]|[一二三四五六七八九十]+、)");

    private CitedBasis() {
    }

    /** Whether the cell's text ends with a closed citation and leaves no bracket open. */
    static boolean closesCitation(String cell) {
        String c = Simplified.fold(cell.strip());
        return CLOSED.matcher(c).find() && !CellBreaks.hasOpenBracket(c);
    }

    /** Whether a line starts a citation (《…, a numbered entry): more of the same basis cell. */
    static boolean startsCitation(String line) {
        return STARTS.matcher(Simplified.fold(line.strip())).find();
    }
}
