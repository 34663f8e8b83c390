package org.gkml.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rendered text of HTML as lines, the way a browser breaks them: {@code <br>} and block elements end a
 * line, runs of white space collapse to one space, scripts and styles are not text. A caller may take
 * over chosen elements (the data tables) so the text around them falls before or after.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "tr", "td", "th", "table", "thead", "tbody", "tfoot", "caption", "section", "article",
            "header", "footer", "nav", "main", "aside", "blockquote", "pre", "center", "form", "hr", "address",
            "figure", "figcaption", "fieldset", "legend", "body", "html", "title");
    /** White space but the ideographic space (compiled once: it is applied to every text node). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s&&[^\u3000]]+");
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "head", "select", "option", "iframe", "object");

    /** Receives the lines of the walk and, for elements the caller claims, the element instead of its text. */
    interface Sink {
        void line(String text);

        /** A line whose every character is the text of a link: a menu entry or a breadcrumb, by default a line. */
        default void link(String text) {
            line(text);
        }

        default void claimed(Element e) {
        }
    }

    private final Predicate<Element> claim;
    private final Sink sink;
    private final StringBuilder current = new StringBuilder();
    /** How deep the walk is inside {@code <a href>} elements, and whether the current line has text outside them. */
    private int linkDepth;
    private boolean textOutsideLinks;

    /** Inside a table cell an image stands for its short alternative text (a tick drawn as a picture: alt="√"). */
    private boolean readsImages;

    private HtmlText(Predicate<Element> claim, Sink sink) {
        this.claim = claim;
        this.sink = sink;
    }

    /** A picture's short text (alt, else title) of at most this many characters is read: a mark, not a caption. */
    static final int MARK_TEXT = 4;

    /**
     * The lines of a table cell. A picture in it reads as its alt (else title) text when that is short (a tick
     * drawn as an image, alt="√" or title="是"); a cell holding only pictures without such text holds a mark,
     * read as a tick — that is what a picture alone in a catalog's cell shows.
     */
    static List<String> cellLines(Element cell) {
        List<String> out = lines(cell, true);
        if (out.isEmpty() && !cell.select("img").isEmpty()) out.add("√");
        return out;
    }

    /** The non-blank lines of an element's content. */
    static List<String> lines(Element e) {
        return lines(e, false);
    }

    private static List<String> lines(Element e, boolean readsImages) {
        List<String> out = new ArrayList<>();
        HtmlText t = new HtmlText(x -> false, out::add);
        t.readsImages = readsImages;
        t.children(e);
        t.flush();
        return out;
    }

    /** Walks {@code root}; elements matching {@code claim} are handed to the sink whole, in order with the lines. */
    static void walk(Element root, Predicate<Element> claim, Sink sink) {
        HtmlText t = new HtmlText(claim, sink);
        t.node(root);
        t.flush();
    }

    private void node(Node n) {
        if (n instanceof TextNode t) {
            text(t.getWholeText());
        } else if (n instanceof Element e) {
            String tag = e.normalName();
            if (NOT_TEXT.contains(tag)) return;
            if (claim.test(e)) {
                flush();
                sink.claimed(e);
                return;
            }
            if (tag.equals("br")) {
                flush();
                return;
            }
            if (tag.equals("img") && readsImages) {
                String alt = e.attr("alt").strip();
                if (alt.isEmpty()) alt = e.attr("title").strip();
                if (!alt.isEmpty() && alt.codePointCount(0, alt.length()) <= MARK_TEXT) text(alt);
                return;
            }
            if (tag.equals("input") && ("checkbox".equalsIgnoreCase(e.attr("type")) || "radio".equalsIgnoreCase(e.attr("type")))) {
                text(e.hasAttr("checked") ? "☑" : "□");
                return;
            }
            boolean block = BLOCKS.contains(tag);
            boolean link = tag.equals("a") && e.hasAttr("href");
            if (block) flush();
            if (link) linkDepth++;
            children(e);
            if (link) linkDepth--;
            if (block) flush();
        }
    }

    private void children(Element e) {
        for (Node c : e.childNodes()) node(c);
    }

    private void text(String raw) {
        String s = SPACES.matcher(raw.replace('\u00A0', ' ')).replaceAll(" ");
        if (s.isEmpty()) return;
        if (s.startsWith(" ") && (current.isEmpty() || current.charAt(current.length() - 1) == ' ')) s = s.substring(1);
        if (linkDepth == 0 && !s.isBlank()) textOutsideLinks = true;
        current.append(s);
    }

    private void flush() {
        String line = current.toString().strip();
        boolean link = !textOutsideLinks;
        current.setLength(0);
        textOutsideLinks = false;
        if (line.isEmpty()) return;
        if (link) sink.link(line);
        else sink.line(line);
    }
}
