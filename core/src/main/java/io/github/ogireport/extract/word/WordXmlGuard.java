package io.github.ogireport.extract.word;

import io.github.ogireport.document.Cancellation;
import io.github.ogireport.document.LimitExceeded;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.XMLEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Looks at every XML part of a Word package, as POI unpacked it (its zip-bomb guard on), before POI builds its
 * document model, for the two things that model cannot take safely:
 * <ul>
 *   <li>nesting deeper than the depth limit: POI and XmlBeans walk the XML recursively and overflow the stack on a
 *       few thousand levels, which a hostile file reaches in a few kilobytes; such a file fails as too large;</li>
 *   <li>a {@code DOCTYPE}: POI refuses the whole document for one, which a file with an external entity pointing at
 *       a local file carries. Word never writes one, so the declaration is dropped and its entity references with
 *       it, never resolved, and the rest of the document is read as usual.</li>
 * </ul>
 * The XML is read by POI's hardened StAX factory: no DTD processing, no external entities.
 */
final class WordXmlGuard {
    private static final XMLInputFactory INPUT = inputFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    private WordXmlGuard() {
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLHelper.newXMLInputFactory();
        // report an entity reference as such (with nothing behind it) instead of failing on the undeclared entity
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /**
     * Checks the package's XML parts.
     *
     * @param maxDepth the nesting limit
     * @return the parts that had a DOCTYPE, by zip entry name, as they read without it; empty for nearly every file
     * @throws LimitExceeded when a part nests deeper than {@code maxDepth}
     * @throws XMLStreamException when a part is not well-formed XML
     */
    static Map<String, byte[]> check(OPCPackage pkg, int maxDepth)
            throws IOException, XMLStreamException, InvalidFormatException {
        Map<String, byte[]> rewritten = new HashMap<>();
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType();
            // relationships and core properties were parsed by POI when it opened the package (a DOCTYPE there
            // already failed); their parts cannot be read as streams
            if (part.isRelationshipPart() || part instanceof PackagePropertiesPart || type == null
                    || !type.contains("xml")) {
                continue;
            }
            byte[] xml;
            try (InputStream in = part.getInputStream()) {
                xml = in.readAllBytes();
            }
            if (hasDoctype(xml, part.getPartName().getName(), maxDepth)) {
                rewritten.put(part.getPartName().getName().substring(1), withoutDoctype(xml));
            }
        }
        return rewritten;
    }

    /** Whether the part declares a DOCTYPE; checks its depth on the way, without recursion. */
    private static boolean hasDoctype(byte[] xml, String part, int maxDepth) throws XMLStreamException {
        XMLStreamReader r = INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            boolean doctype = false;
            int depth = 0;
            int events = 0;
            while (r.hasNext()) {
                int event = r.next();
                if ((++events & 4095) == 0) {
                    Cancellation.check();
                }
                if (event == XMLStreamConstants.DTD) {
                    doctype = true;
                } else if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
                    throw new LimitExceeded("the Word document's part " + part + " nests XML elements more than "
                            + maxDepth + " deep, the limit");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return doctype;
        } finally {
            r.close();
        }
    }

    /** The part re-serialised as UTF-8 without its DOCTYPE and without entity references (none was resolved). */
    private static byte[] withoutDoctype(byte[] xml) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
        XMLEventReader r = INPUT.createXMLEventReader(new ByteArrayInputStream(xml));
        XMLEventWriter w = OUTPUT.createXMLEventWriter(out, "UTF-8");
        try {
            w.add(EVENTS.createStartDocument("UTF-8", "1.0", true));
            while (r.hasNext()) {
                XMLEvent e = r.nextEvent();
                int type = e.getEventType();
                if (type != XMLStreamConstants.START_DOCUMENT && type != XMLStreamConstants.DTD
                        && type != XMLStreamConstants.ENTITY_REFERENCE) {
                    w.add(e);
                }
            }
            w.flush();
        } finally {
            r.close();
            w.close();
        }
        return out.toByteArray();
    }

    /**
     * The package's bytes with some entries replaced. Called only after POI unpacked the same bytes under its
     * zip-bomb guard; the copy is still bounded, in case this reader sees the entries differently.
     *
     * @param maxOutput the most bytes the new package may unpack to
     */
    static byte[] replace(byte[] pkg, Map<String, byte[]> entries, long maxOutput) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(pkg.length);
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = entries.containsKey(e.getName()) ? entries.get(e.getName())
                        : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxOutput - total + 1));
                total += content.length;
                if (total > maxOutput) {
                    throw new LimitExceeded("the Word document unpacks to more than " + maxOutput + " bytes");
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
