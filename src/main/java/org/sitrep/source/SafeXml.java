package org.sitrep.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only XML parser the readers use. A DOCTYPE is refused outright: that one rule stops external
 * entities (XXE), external DTD fetches and entity-expansion bombs before any entity is read, at the
 * price of the few old RSS 0.91 feeds that still declare a DTD. The other settings are belts to
 * those braces.
 */
final class SafeXml {
  private static final DocumentBuilderFactory FACTORY = factory();

  private SafeXml() {}

  /**
   * Parses {@code bytes} (the parser honours the XML declaration's encoding); throws on malformed
   * or refused XML.
   */
  static org.w3c.dom.Document parse(byte[] bytes) throws SAXException, IOException {
    return parse(new InputSource(new ByteArrayInputStream(bytes)));
  }

  /** Parses already decoded text. */
  static org.w3c.dom.Document parse(String xml) throws SAXException, IOException {
    return parse(new InputSource(new StringReader(xml)));
  }

  private static org.w3c.dom.Document parse(InputSource input) throws SAXException, IOException {
    DocumentBuilder builder;
    try {
      synchronized (FACTORY) {
        builder = FACTORY.newDocumentBuilder();
      }
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
    }
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    builder.setErrorHandler(
        Silent.INSTANCE); // the default handler prints "[Fatal Error]" lines to stderr
    return builder.parse(input);
  }

  // The JDK's own parser, not whichever one the classpath brings (CoreNLP brings Xerces): its
  // settings are known.
  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    try {
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
    }
    return f;
  }

  /** Words for a user, from a parser message. */
  static String describe(SAXException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("DOCTYPE")) {
      return "refused: the XML declares a DOCTYPE (DTDs and entities are never processed, for safety)";
    }
    if (e instanceof SAXParseException p) {
      return "malformed XML at line "
          + p.getLineNumber()
          + ", column "
          + p.getColumnNumber()
          + ": "
          + msg;
    }
    return "malformed XML: " + msg;
  }

  private enum Silent implements ErrorHandler {
    INSTANCE;

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {}

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
