package org.gkml.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * What a browser does not show inside a table: a row styled {@code display:none} (a row a CMS keeps after it was
 * taken off the page) and text hidden inside a cell (characters some portals scatter in {@code display:none} or
 * zero-size spans against copying). Hidden blocks outside a cell stay: a portal's tabs hide whole catalogs until
 * clicked, and those are still the page's content.
 */
final class HiddenElements {

    private static final Pattern HIDDEN = Pattern.compile(
            "(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0(?:\\.0+)?(?:px|pt|em|rem|%)?)\\s*(?:!important\\s*)?(?:;|$)");

    private HiddenElements() {
    }

    static void removeFromTables(Document doc) {
        for (Element e : doc.select("tr[style], td [style], th [style], td [hidden], th [hidden], tr[hidden]")) {
            if (e.parent() == null) continue; // already removed with an ancestor
            if (e.hasAttr("hidden") || isHidden(e.attr("style"))) e.remove();
        }
    }

    static boolean isHidden(String style) {
        return style != null && HIDDEN.matcher(style).find();
    }
}
