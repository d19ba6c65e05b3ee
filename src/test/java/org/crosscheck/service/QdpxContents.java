package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.util.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A .qdpx read back with the JDK's own parsers, independent of Crosscheck's reader: its entries,
 * project.qde as a DOM checked against the REFI-QDA schema, and XPath over it (prefix {@code q}).
 */
final class QdpxContents {

    private static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    final Map<String, byte[]> entries = new HashMap<>();
    final Document project;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    QdpxContents(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var all = zip.entries();
            while (all.hasMoreElements()) {
                var entry = all.nextElement();
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
            assertThat(entries).containsKey("project.qde");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            project = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("project.qde")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("project.qde cannot be read: " + e.getMessage(), e);
        }
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return prefix.equals("q") ? NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    /** Fails with the validator's words (line, column) unless project.qde is valid against Project.xsd. */
    QdpxContents assertValid() {
        try {
            var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(QdpxContents.class.getResource("/org/crosscheck/service/refi/Project.xsd"));
            schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(
                    new ByteArrayInputStream(entries.get("project.qde"))));
        } catch (Exception e) {
            throw new AssertionError("project.qde is not valid against Project.xsd: " + e.getMessage(), e);
        }
        return this;
    }

    List<Element> all(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, project, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new AssertionError(expression + ": " + e.getMessage(), e);
        }
    }

    String text(String entry) {
        assertThat(entries).containsKey(entry);
        return new String(entries.get(entry), StandardCharsets.UTF_8);
    }

    /** The plain text of a TextSource, from its internal:// file. */
    String textOf(Element source) {
        String path = source.getAttribute("plainTextPath");
        assertThat(path).startsWith("internal://");
        return text("sources/" + path.substring("internal://".length()));
    }

    /** A selection's characters: start and end count code points, as the standard says. */
    static String selected(String text, Element selection) {
        int start = text.offsetByCodePoints(0, Integer.parseInt(selection.getAttribute("startPosition")));
        int end = text.offsetByCodePoints(0, Integer.parseInt(selection.getAttribute("endPosition")));
        return text.substring(start, end);
    }
}
