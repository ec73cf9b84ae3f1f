package io.github.ogireport.extract;

import io.github.ogireport.ReportReadException;
import io.github.ogireport.model.Format;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Word 2007+ document (.docx, also .docm and .dotx) with Apache POI's XWPF: the body's paragraphs and
 * tables in document order (see {@link DocxBodyReader}), and the title from the core properties as a fallback
 * for a document whose text states none. POI's zip-bomb and size limits stay as POI sets them; what they and
 * any other POI failure mean for the file is said by a {@link ReportReadException}.
 */
public final class DocxExtractor {
    private static final String WHAT = "Word (.docx)";

    private DocxExtractor() {
    }

    /**
     * Reads a document.
     *
     * @param file the file name, for error messages
     * @param bytes the whole file
     * @throws ReportReadException when the file is encrypted, damaged, or expands beyond POI's limits
     */
    public static ExtractedDocument extract(String file, byte[] bytes) throws ReportReadException {
        if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
            throw ole2(file, bytes);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            XWPFDocument doc = new XWPFDocument(pkg);
            List<Block> blocks = DocxBodyReader.read((Element) doc.getDocument().getBody().getDomNode());
            Map<String, String> properties = new HashMap<>();
            String title = doc.getProperties().getCoreProperties().getTitle();
            if (title != null && !title.isBlank()) {
                properties.put(ExtractedDocument.TITLE, title.strip());
            }
            return new ExtractedDocument(Format.DOCX, blocks, null, null, properties, null);
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            throw WordReadFailure.of(file, WHAT, e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // close without writing anything back
            }
        }
    }

    /**
     * An OLE2 file given as a .docx: an encrypted Word 2007+ document (the package sits encrypted in an
     * {@code EncryptedPackage} stream beside its {@code EncryptionInfo}), or something else.
     */
    private static ReportReadException ole2(String file, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo")) {
                return WordReadFailure.encrypted(file, WHAT, null);
            }
            return new ReportReadException(file, ReportReadException.Cause.CORRUPT,
                    "the " + WHAT + " document is an OLE2 container without an encrypted package", null);
        } catch (IOException | RuntimeException e) {
            return WordReadFailure.of(file, WHAT, e);
        }
    }
}
