package io.github.ogireport.extract;

import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.extract.charset.TextDecoder;
import io.github.ogireport.model.Format;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatDetectorTest {
    private static Format detect(String s) throws ReportReadException {
        return FormatDetector.detect("x", s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void formatsFromTheBytes() throws ReportReadException {
        assertEquals(Format.TEXT, detect("一、总体情况\n本年度主动公开政府信息。"));
        assertEquals(Format.HTML, detect("<!DOCTYPE html><html><body><p>一、总体情况</p></body></html>"));
        assertEquals(Format.HTML, detect("<div class=\"content\"><table><tr><td>规章</td></tr></table></div>"));
        assertEquals(Format.PDF, detect("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
    }

    @Test
    void emptyFileIsNoText() {
        ReportReadException e = assertThrows(ReportReadException.class, () -> FormatDetector.detect("empty.txt", new byte[0]));
        assertEquals(ErrorType.NO_TEXT, e.category());
        assertTrue(e.getMessage().startsWith("empty.txt: "), e.getMessage());
    }

    @Test
    void randomBytesAreUnsupported() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        ReportReadException e = assertThrows(ReportReadException.class, () -> FormatDetector.detect("noise.pdf", bytes));
        assertEquals(ErrorType.UNSUPPORTED_FORMAT, e.category());
        assertTrue(e.getMessage().contains("noise.pdf") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void archivesOtherThanZipAreNamed() throws IOException {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write("高坪区".getBytes(StandardCharsets.UTF_8));
        }
        byte[] tar = new byte[512];
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
        Map<String, byte[]> archives = Map.of(
                "RAR", new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 0, 0}, // RAR 5 signature
                "7-Zip", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4},
                "gzip", gz.toByteArray(),
                "tar", tar);
        archives.forEach((kind, bytes) -> {
            ReportReadException e = assertThrows(ReportReadException.class, () -> FormatDetector.detect("年报.x", bytes));
            assertEquals(ErrorType.UNSUPPORTED_FORMAT, e.category());
            assertTrue(e.getMessage().contains("a " + kind + " archive: unpack it"), e.getMessage());
        });
    }

    @Test
    void pageImagesAreImagesAndGifsUnsupported() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertEquals(io.github.ogireport.model.Format.IMAGE, FormatDetector.detect("scan.png", png));
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 0, 0};
        ReportReadException e = assertThrows(ReportReadException.class, () -> FormatDetector.detect("scan.gif", gif));
        assertTrue(e.getMessage().contains("GIF"), e.getMessage());
    }

    @Test
    void htmlStartsAfterCommentsAndAnXmlDeclaration() {
        assertTrue(FormatDetector.startsLikeHtml(" <!-- a --> <!----><?xml version=\"1.0\"?>\n<!DOCTYPE html><html>"));
        assertTrue(FormatDetector.startsLikeHtml("<P>政府信息公开</P>"));
        assertFalse(FormatDetector.startsLikeHtml("<!-- unclosed <html>"));
        assertFalse(FormatDetector.startsLikeHtml("<pre>not a listed tag</pre>"));
        assertFalse(FormatDetector.startsLikeHtml("<!doctypehtml>"));
        assertFalse(FormatDetector.startsLikeHtml("政府信息公开 <html>"));
    }

    /** As a regular expression, a run of comments before a failing tag could be split in exponentially many ways. */
    @Test
    void aRunOfCommentsIsScannedOnce() {
        String head = "<!-- a -->  ".repeat(700) + "<x>";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertFalse(FormatDetector.startsLikeHtml(head)));
    }

    /** The text of a detected text file is the whole file's decoding, whatever the head and the rest hold. */
    @Test
    void detectedTextIsTheWholeDecoding() throws ReportReadException {
        String line = "一、总体情况\t2020年主动公开政府信息1374条。\n";
        java.nio.charset.Charset gb = java.nio.charset.Charset.forName("GB18030");
        for (int shift = 0; shift < 4; shift++) {
            String head = "a".repeat(shift) + line.repeat(400); // the cut falls inside a character or not
            java.util.List<byte[]> files = java.util.List.of(
                    (head + "\uFFFD尾").getBytes(StandardCharsets.UTF_8),
                    (head + "😀").getBytes(StandardCharsets.UTF_8),
                    concat(head.getBytes(StandardCharsets.UTF_8), "朱镕基 张喆".getBytes(gb)),
                    concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, head.getBytes(StandardCharsets.UTF_8)),
                    head.getBytes(gb), head.getBytes(StandardCharsets.UTF_16LE), line.getBytes(StandardCharsets.UTF_8));
            for (byte[] bytes : files) {
                FormatDetector.Detection d = FormatDetector.detection("x", bytes);
                assertEquals(Format.TEXT, d.format());
                assertEquals(TextDecoder.decode(bytes), d.text(bytes));
            }
        }
    }

    /** html2text cuts UTF-8 sequences in narrow table cells; a crawler's decoding leaves U+FFFD: text all the same. */
    @Test
    void textWithAToolsReplacementCharactersIsText() throws ReportReadException {
        String cell = "|信息内\uFFFD|本年\uFFFD|规章 |0 |0 |0 |\n";
        String page = "某某县2020年政府信息公开工作年度报告\n一、总体情况\n" + "2020年，我县认真贯彻落实条例要求。\n".repeat(3) + cell.repeat(20);
        assertEquals(Format.TEXT, FormatDetector.detection("x.txt", page.getBytes(StandardCharsets.UTF_8)).format());
        assertTrue(FormatDetector.looksBinary("\uFFFD".repeat(30) + "a".repeat(70)), "mostly replaced: not text");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
