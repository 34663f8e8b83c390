package org.gkml.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Law titles quoted in 《》 in a basis (公开依据) text. A title may quote another one
 * (《关于印发《…》的通知》), so brackets nest; but authors also forget a closing 》: once a nested title
 * has closed, a further 《 at the outer level starts a new title and ends the unclosed one there. And they forget
 * the opening 《 of a cell's first title (`中华人民共和国公共文化服务保障法》、《…》`): a 》 before any 《 closes a title
 * that began where the cell's text did, after a bracketed class such as 【法律】.
 */
final class Laws {

    private Laws() {
    }

    static List<String> titles(String basis) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        if (basis == null) return List.of();
        StringBuilder title = null;
        int depth = 0;
        boolean nestedClosed = false;
        for (int i = 0; i < basis.length(); i++) {
            char c = basis.charAt(i);
            if (c == '》' && depth == 0 && found.isEmpty() && basis.lastIndexOf('《', i) < 0) {
                add(found, unopenedTitle(basis.substring(0, i)));
                continue;
            }
            if (c == '《') {
                if (depth == 0) {
                    title = new StringBuilder();
                    depth = 1;
                    nestedClosed = false;
                    continue;
                }
                if (depth == 1 && nestedClosed) {   // the outer title was never closed
                    add(found, title);
                    title = new StringBuilder();
                    nestedClosed = false;
                    continue;
                }
                depth++;
                title.append(c);
            } else if (c == '》' && depth > 0) {
                depth--;
                if (depth == 0) {
                    add(found, title);
                    title = null;
                } else {
                    title.append(c);
                    if (depth == 1) nestedClosed = true;
                }
            } else if (title != null) {
                title.append(c);
            }
        }
        if (title != null) add(found, title);
        return new ArrayList<>(found);
    }

    /** The text before a first 》 that has no 《, when it reads as one title: no list separator inside it. */
    private static StringBuilder unopenedTitle(String before) {
        String t = CellText.strip(before.replaceFirst("^\\s*(【[^】]*】|\\[[^]]*]|\\d+[.、．]|[一二三四五六七八九十]+、)\\s*", ""));
        return t.length() >= 4 && t.chars().noneMatch(ch -> "、，,；;。：:".indexOf(ch) >= 0)
                ? new StringBuilder(t) : new StringBuilder();
    }

    private static void add(LinkedHashSet<String> found, StringBuilder title) {
        String t = CellText.strip(title.toString());
        if (!t.isEmpty()) found.add(t);
    }
}
