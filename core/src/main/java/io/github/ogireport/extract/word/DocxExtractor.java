package io.github.ogireport.extract.word;

import io.github.ogireport.model.Limits;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.document.LimitExceeded;
import io.github.ogireport.model.OcrMode;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Warning;
import io.github.ogireport.document.Cancellation;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
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
        return extract(file, bytes, Limits.DEFAULT);
    }

    /**
     * Reads a document. Its XML parts are checked first ({@link WordXmlGuard}): deeper nesting than
     * {@link Limits#maxDepth()} fails as too large, a DOCTYPE is dropped unresolved.
     *
     * @param file the file name, for error messages
     * @param bytes the whole file
     * @throws ReportReadException when the file is encrypted, damaged, or expands beyond POI's limits
     * @throws LimitExceeded when the document nests too deeply or has more blocks than the limit
     */
    public static ExtractedDocument extract(String file, byte[] bytes, Limits limits) throws ReportReadException {
        return extract(file, bytes, limits, OcrMode.AUTO);
    }

    /**
     * Reads a document, its pictures as wide as a table by OCR as {@code ocr} says (a table pasted as a picture).
     *
     * @see #extract(String, byte[], Limits)
     */
    public static ExtractedDocument extract(String file, byte[] bytes, Limits limits, OcrMode ocr)
            throws ReportReadException {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
            throw ole2(file, bytes);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            Map<String, byte[]> withoutDoctype = WordXmlGuard.check(pkg, limits.maxDepth());
            if (!withoutDoctype.isEmpty()) {
                pkg.revert();
                pkg = null;
                // POI's own zip-bomb ratio: an entry may unpack to at most 100 times the package's bytes
                byte[] cleaned = WordXmlGuard.replace(bytes, withoutDoctype, 100L * bytes.length + (1 << 20));
                pkg = OPCPackage.open(new ByteArrayInputStream(cleaned));
            }
            Cancellation.check();
            XWPFDocument doc = new XWPFDocument(pkg);
            Cancellation.check();
            List<Warning> warnings = new ArrayList<>();
            DocxBodyReader.Body body = DocxBodyReader.readBody((Element) doc.getDocument().getBody().getDomNode(),
                    limits, warnings);
            WordPictures pictures = WordPictures.read(doc, body, ocr, deadline);
            List<Block> blocks = pictures.blocks();
            warnings.addAll(pictures.warnings());
            Map<String, String> properties = new HashMap<>(pictures.properties());
            String title = doc.getProperties().getCoreProperties().getTitle();
            if (title != null && !title.isBlank()) {
                properties.put(ExtractedDocument.TITLE, title.strip());
            }
            return new ExtractedDocument(Format.DOCX, blocks, null, null, properties, null, warnings);
        } catch (LimitExceeded | java.util.concurrent.CancellationException e) {
            throw e;
        } catch (io.github.ogireport.extract.layout.TimeLimitReached e) {
            throw ReportReadException.timedOut(file, limits.timeout(), null);
        } catch (IOException | RuntimeException | InvalidFormatException | XMLStreamException e) {
            throw WordReadFailure.of(file, WHAT, e);
        } catch (StackOverflowError e) {
            // the depth check keeps POI's recursive walks shallow; this is the net under a depth limit set very high
            throw new ReportReadException(file, ErrorType.TOO_LARGE, "the " + WHAT + " document "
                    + "nests too deeply to be read (the stack ran out): lower the depth limit", null);
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
            return new ReportReadException(file, ErrorType.CORRUPT,
                    "the " + WHAT + " document is an OLE2 container without an encrypted package", null);
        } catch (IOException | RuntimeException e) {
            return WordReadFailure.of(file, WHAT, e);
        }
    }
}
