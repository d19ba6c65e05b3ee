package org.crosscheck.service.refi;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The StAX writer of project.qde, with what the JDK's writer leaves to its caller: one element a
 * line, indented by depth (whitespace only between elements, where the schema allows it), attributes
 * left out when empty, and characters XML 1.0 cannot hold (control characters a PDF's text may carry)
 * replaced, since one of them would make the whole file unreadable.
 */
final class XmlOut implements AutoCloseable {

    static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    /** For each open element, whether an element has been written inside it. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlOut(OutputStream out) throws XMLStreamException {
        xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
    }

    /** Opens an element; {@code attributes} are name, value pairs, a null or empty value left out. */
    void start(String name, String... attributes) throws XMLStreamException {
        indent();
        xml.writeStartElement(NAMESPACE, name);
        if (open.isEmpty()) {
            xml.writeDefaultNamespace(NAMESPACE);
        }
        attributes(attributes);
        open.push(new boolean[1]);
    }

    /** An element without content. */
    void empty(String name, String... attributes) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(NAMESPACE, name);
        attributes(attributes);
    }

    /** An element holding only text, written as it is (no indentation inside). */
    void text(String name, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    void end() throws XMLStreamException {
        boolean[] hadElements = open.pop();
        if (hadElements[0]) {
            xml.writeCharacters("\n" + "  ".repeat(open.size()));
        }
        xml.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close(); // does not close the stream beneath, which the zip entry owns
    }

    private void indent() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value != null && !value.isEmpty()) {
                xml.writeAttribute(attributes[i], clean(value));
            }
        }
    }

    /** The text with every character XML 1.0 forbids (and any unpaired surrogate) made U+FFFD. */
    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(allowed ? c : '\uFFFD');
                if (pair) {
                    cleaned.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }
}
