package io.github.ogireport.extract;

import io.github.ogireport.ReportReadException;
import io.github.ogireport.model.Format;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
        assertEquals(ReportReadException.Cause.NO_TEXT, e.category());
        assertTrue(e.getMessage().startsWith("empty.txt: "), e.getMessage());
    }

    @Test
    void randomBytesAreUnsupported() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        ReportReadException e = assertThrows(ReportReadException.class, () -> FormatDetector.detect("noise.pdf", bytes));
        assertEquals(ReportReadException.Cause.UNSUPPORTED_FORMAT, e.category());
        assertTrue(e.getMessage().contains("noise.pdf") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void imagesAreUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        ReportReadException e = assertThrows(ReportReadException.class, () -> FormatDetector.detect("scan.png", png));
        assertTrue(e.getMessage().contains("PNG"), e.getMessage());
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
}
