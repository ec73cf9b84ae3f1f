package io.github.ogireport.extract.word;

import io.github.ogireport.ReportParser;
import io.github.ogireport.TestData;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Status;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word files that cannot be read become FAILED reports whose error names the cause, never an exception. */
class WordReadFailureTest {
    private static final Path DOCX = TestData.of("word/gaoping2019-docx.docx");
    private static final Path DOC = TestData.of("word/gaoping2019-doc.doc");
    private final ReportParser parser = new ReportParser();

    @TempDir
    Path dir;

    private AnnualReport parse(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return parser.parseOrFailed(file);
    }

    private static void assertFailed(AnnualReport r, String type, String words) {
        assertEquals(Status.FAILED, r.status(), () -> "status of " + r.file());
        assertEquals(type, r.error().type().name(), r.error().message());
        assertTrue(r.error().message().contains(r.file()), "the message names the file: " + r.error().message());
        assertTrue(r.error().message().contains(words), "the message says why: " + r.error().message());
    }

    @Test
    void anEncryptedDocxNeedsAPassword() throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Files.readAllBytes(DOCX));
            }
            fs.writeFilesystem(out);
        }
        assertFailed(parse("加密.docx", out.toByteArray()), "ENCRYPTED", "needs a password");
    }

    @Test
    void aTruncatedDocxIsCorrupt() throws IOException {
        byte[] bytes = Files.readAllBytes(DOCX);
        assertFailed(parse("cut.docx", Arrays.copyOf(bytes, bytes.length / 3)), "CORRUPT", "damaged");
    }

    @Test
    void aDocxWhoseDocumentIsNotXmlIsCorrupt() throws IOException {
        byte[] bytes = zip("word/document.xml", "<w:document>broken".getBytes(StandardCharsets.UTF_8));
        assertFailed(parse("notxml.docx", bytes), "CORRUPT", "damaged");
    }

    @Test
    void aZipBombIsRefusedByPoisGuard() throws IOException {
        // 20 MB of spaces deflate about a thousandfold, beyond POI's minimum inflate ratio
        byte[] padding = new byte[20 << 20];
        Arrays.fill(padding, (byte) ' ');
        assertFailed(parse("bomb.docx", zip("word/document.xml", padding)), "TOO_LARGE", "zip bomb");
    }

    @Test
    void aTruncatedDocIsCorrupt() throws IOException {
        byte[] bytes = Files.readAllBytes(DOC);
        assertFailed(parse("cut.doc", Arrays.copyOf(bytes, bytes.length / 2)), "CORRUPT", "damaged");
    }

    @Test
    void randomBytesNamedDocAreNotAWordDocument() throws IOException {
        byte[] noise = new byte[8192];
        new Random(11).nextBytes(noise);
        // the format comes from the bytes, not the name: these are not a Word document at all
        assertFailed(parse("random.doc", noise), "UNSUPPORTED_FORMAT", "nor a Word document");
        // with the OLE2 signature of a .doc in front: a damaged Office 97-2003 file
        byte[] ole2 = noise.clone();
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole2, 0, 8);
        assertFailed(parse("ole2.doc", ole2), "CORRUPT", "damaged");
    }

    @Test
    void aDocWithGarbageInsideIsCorruptNotACrash() throws IOException {
        byte[] bytes = Files.readAllBytes(DOC);
        Random random = new Random(5);
        // overwrite the sectors after the header, keeping the signature and the stream names findable
        for (int i = 512; i < bytes.length - 2048; i++) {
            bytes[i] = (byte) random.nextInt();
        }
        AnnualReport r = parse("garbage.doc", bytes);
        assertEquals(Status.FAILED, r.status());
        assertTrue(r.error().type().name().equals("CORRUPT") || r.error().type().name().equals("UNSUPPORTED_FORMAT"), r.error().toString());
    }

    /** A minimal package around one part: content types, the main relationship, and the part. */
    private static byte[] zip(String part, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            put(zip, part, content);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
