package org.gkml.extract.office;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for walking WordprocessingML as DOM: child elements by name, attribute values. */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private WordXml() {
    }

    static boolean is(Node n, String ns, String localName) {
        return n instanceof Element && ns.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName());
    }

    static boolean isW(Node n, String localName) {
        return is(n, W, localName);
    }

    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) out.add(e);
        }
        return out;
    }

    /** The first child element with this name, or null. */
    static Element child(Node parent, String ns, String localName) {
        if (parent == null) return null;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, ns, localName)) return (Element) c;
        }
        return null;
    }

    static Element wChild(Node parent, String localName) {
        return child(parent, W, localName);
    }

    /** The character content of an element (only text and CDATA children: no markup text). */
    static String text(Element e) {
        StringBuilder s = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) s.append(c.getNodeValue());
        }
        return s.toString();
    }

    /** A w:-namespaced attribute, or null when absent. */
    static String wAttr(Element e, String localName) {
        if (e == null || !e.hasAttributeNS(W, localName)) return null;
        return e.getAttributeNS(W, localName);
    }

    /** An on/off property: present without a value means on; "0", "false", "off" mean off. */
    static boolean onOff(String val) {
        return val == null || !(val.equals("0") || val.equalsIgnoreCase("false") || val.equalsIgnoreCase("off"));
    }

    static int intAttr(Element e, String localName, int fallback) {
        String v = wAttr(e, localName);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}
