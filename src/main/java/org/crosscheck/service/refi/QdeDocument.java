package org.crosscheck.service.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * project.qde parsed and checked against the REFI-QDA schema ({@code Project.xsd}, in the jar beside
 * this class) in one pass. A file that is no XML, or XML that does not follow the standard, is
 * refused with the line and column where it goes wrong, before anything of it reaches a project.
 * No DTD is read, so the file cannot make the parser fetch or expand anything.
 */
final class QdeDocument {

    static final String SCHEMA = "Project.xsd";
    private static final Schema PROJECT_SCHEMA = schema();

    private QdeDocument() {
    }

    static Document parse(Path file, byte[] projectQde) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new Refusing());
            Document document = builder.parse(new ByteArrayInputStream(projectQde));
            String root = document.getDocumentElement().getLocalName();
            if (!XmlOut.NAMESPACE.equals(document.getDocumentElement().getNamespaceURI()) || !"Project".equals(root)) {
                throw new QdpxFileException(file, "holds a project.qde of another kind (<" + root
                        + ">), not a REFI-QDA project.");
            }
            return document;
        } catch (SAXParseException e) {
            String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
            boolean againstSchema = e.getMessage() != null && e.getMessage().startsWith("cvc-");
            throw new QdpxFileException(file, (againstSchema
                    ? "holds a project.qde that does not follow the REFI-QDA standard (Project.xsd) at " + where
                    : "holds a project.qde that is not well-formed XML at " + where) + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new QdpxFileException(file, "holds a project.qde that cannot be read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be set up", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setSchema(PROJECT_SCHEMA);
        return factory;
    }

    private static Schema schema() {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(QdeDocument.class.getResource(SCHEMA));
        } catch (SAXException e) {
            throw new IllegalStateException("the REFI-QDA schema in the jar cannot be read", e);
        }
    }

    /** Every error stops the parse: a file only half the standard's is not imported at all. */
    private static final class Refusing implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // a warning says nothing is wrong with the content
        }

        @Override
        public void error(SAXParseException exception) throws SAXParseException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    }
}
