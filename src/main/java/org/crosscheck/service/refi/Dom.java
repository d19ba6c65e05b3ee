package org.crosscheck.service.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Walking project.qde: the child elements of a name, and GUIDs as one spelling. */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    static List<Element> grandchildren(Element parent, String name, String childName) {
        List<Element> found = new ArrayList<>();
        children(parent, name).forEach(child -> found.addAll(children(child, childName)));
        return found;
    }

    /** The text of the first child of that name, or empty. */
    static String childText(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }

    /** A GUID as the standard allows it ("{ABC…}" or "abc…"), made one spelling: lower case, no braces. */
    static String guid(Element element, String attribute) {
        String guid = element.getAttribute(attribute).strip();
        if (guid.startsWith("{") && guid.endsWith("}")) {
            guid = guid.substring(1, guid.length() - 1);
        }
        return guid.toLowerCase(Locale.ROOT);
    }
}
