package io.github.ogireport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes the hostile files of {@code testdata/bad/}: the committed ones ({@link #main} writes them again; the tests
 * only read them) and the large ones no repository should hold, which the tests generate on the fly. The source of
 * the PDFs, {@code real-report-pdf-named.docx}, is LibreOffice's PDF of {@code testdata/word/source-pages/gaoping2019.html}
 * (see {@code testdata/bad/README.md}).
 */
final class HostileFiles {
    static final Path BAD = TestData.BAD;
    static final Path REPORT_PDF = BAD.resolve("real-report-pdf-named.docx");
    static final Path REPORT_DOCX = TestData.of("word/gaoping2019-docx.docx");
    static final Path SEED_002 = TestData.seed(2);

    private HostileFiles() {
    }

    public static void main(String[] args) throws IOException {
        byte[] pdf = Files.readAllBytes(REPORT_PDF);
        Files.write(BAD.resolve("empty.txt"), new byte[0]);
        Files.write(BAD.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length * 2 / 5));
        Files.write(BAD.resolve("user-password.pdf"), withUserPassword(pdf));
        Files.write(BAD.resolve("image-only.pdf"), imageOnly(pdf));
        Files.write(BAD.resolve("random-bytes.pdf"), randomBytes(1));
        Files.write(BAD.resolve("random-bytes.docx"), randomBytes(2));
        Files.write(BAD.resolve("random-bytes.html"), randomBytes(3));
        Files.write(BAD.resolve("zip-bomb.docx"), zipBomb());
        Files.write(BAD.resolve("xxe-local-file.docx"), withExternalEntity(Files.readAllBytes(REPORT_DOCX),
                "file:///etc/passwd"));
        Files.write(BAD.resolve("utf16-report.txt"), utf16(Files.readString(SEED_002)));
    }

    /** The PDF encrypted with a user password: it cannot be opened without one. */
    static byte[] withUserPassword(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The first two pages as grey JPEG pictures and nothing else: a scan with no text layer. */
    static byte[] imageOnly(byte[] pdf) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < Math.min(2, source.getNumberOfPages()); i++) {
                BufferedImage picture = renderer.renderImageWithDPI(i, 60, ImageType.GRAY);
                PDPage page = new PDPage(PDRectangle.A4);
                scan.addPage(page);
                PDImageXObject image = JPEGFactory.createFromImage(scan, picture, 0.5f);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scan.save(out);
            return out.toByteArray();
        }
    }

    /** 4 KiB of noise from a fixed seed. */
    static byte[] randomBytes(long seed) {
        byte[] noise = new byte[4096];
        new Random(seed).nextBytes(noise);
        return noise;
    }

    /** A Word package whose document part is 40 MB of spaces: it deflates a thousandfold. */
    static byte[] zipBomb() throws IOException {
        byte[] spaces = new byte[40 << 20];
        Arrays.fill(spaces, (byte) ' ');
        return wordPackage(spaces);
    }

    /** A minimal Word package: content types, the main relationship, and the document part. */
    static byte[] wordPackage(byte[] documentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            put(zip, "word/document.xml", documentXml);
        }
        return out.toByteArray();
    }

    /**
     * A copy of a .docx whose document part declares external entities pointing at a local file, a general one used
     * in the first run of text (where the title is) and a parameter one used in the DTD itself.
     */
    static byte[] withExternalEntity(byte[] docx, String fileUri) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int root = xml.indexOf("<w:document");
                    String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + fileUri + "\">"
                            + "<!ENTITY % dtd SYSTEM \"" + fileUri + "\"> %dtd;]>";
                    xml = xml.substring(0, root) + doctype + xml.substring(root);
                    int text = xml.indexOf('>', xml.indexOf("<w:t", xml.indexOf("<w:body"))) + 1;
                    xml = xml.substring(0, text) + "&xxe;" + xml.substring(text);
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                put(zip, e.getName(), content);
            }
        }
        return out.toByteArray();
    }

    /** Text as UTF-16LE with a byte order mark, as Windows Notepad saved "Unicode". */
    static byte[] utf16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        return withBom;
    }

    /** A page nested {@code depth} elements deep with a line of text at the bottom. */
    static byte[] deepHtml(int depth) {
        StringBuilder b = new StringBuilder(depth * 12 + 100).append("<html><body>");
        b.append("<div>".repeat(depth)).append("最深处的文字").append("</div>".repeat(depth));
        return b.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * About {@code bytes} of text: a real report's lines joined into long lines (each paragraph of the report a few
     * kilobytes long, as a page scraped without line breaks), repeated. Long lines keep it within the block limit,
     * so every pattern of the pipeline runs over all of it.
     */
    static byte[] longText(int bytes) throws IOException {
        String report = Files.readString(SEED_002).replace('\n', ' ');
        StringBuilder b = new StringBuilder(bytes / 2);
        while (b.length() * 3 < bytes) {
            b.append(report).append('\n');
        }
        byte[] utf8 = b.toString().getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(utf8, Math.min(utf8.length, bytes));
    }

    /** A report's text repeated to {@code bytes}: lines as the report has them, far more than the block limit. */
    static byte[] repeatedReport(int bytes) throws IOException {
        byte[] report = Files.readAllBytes(SEED_002);
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i += report.length) {
            System.arraycopy(report, 0, out, i, Math.min(report.length, bytes - i));
        }
        return out;
    }

    /** {@code n} digits in a row, in a line of a report-like sentence. */
    static byte[] digits(int n) {
        return ("收到政府信息公开申请" + "7".repeat(n) + "件\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A Word package whose runs nest {@code depth} deep, each with its own revision id so that the XML does not
     * compress well enough for POI's zip-bomb guard to stop it first: POI's recursive walks overflowed the stack
     * on it before the depth check.
     */
    static byte[] deepDocx(int depth) throws IOException {
        Random random = new Random(depth);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        for (int i = 0; i < depth; i++) {
            xml.append("<w:r w:rsidR=\"").append(Long.toHexString(random.nextLong())).append("\">");
        }
        xml.append("<w:t>x</w:t>").append("</w:r>".repeat(depth)).append("</w:p></w:body></w:document>");
        return wordPackage(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
