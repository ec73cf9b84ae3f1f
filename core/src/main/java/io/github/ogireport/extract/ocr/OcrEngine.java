package io.github.ogireport.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A text recogniser for page images (OCR), the service interface of the optional {@code ogi-annual-report-ocr}
 * module. The parser finds a {@link Provider} with {@link java.util.ServiceLoader} when the module is on the class
 * path; without one, pages without a text layer are not read and the report says what to install. The recogniser
 * only reads characters and where they are: the parser rebuilds lines and tables from those boxes as it does from a
 * PDF's glyphs, so that scans and text PDFs go through the same table reading and checks.
 *
 * <p>An engine is used by one thread at a time; the parser opens one per worker thread, once, and keeps it.
 */
public interface OcrEngine {
    /**
     * Recognises the characters of a page image.
     *
     * @param page a grey page image, deskewed, with its ruling lines erased
     * @param deadline the {@link System#nanoTime()} after which the engine should give up on the page (returning
     *                 what it has, or nothing)
     * @return the characters read, each with its box in the image's pixels and a confidence
     */
    List<OcrWord> read(BufferedImage page, long deadline);

    /**
     * Reads an image of table cells that seem to hold numbers with a recogniser for digits and Latin letters: a
     * second reading, because a model for Chinese reads a lone digit in a cell as a character ({@code 2} as
     * {@code 了}, {@code 0} as {@code U}). The parser takes it only where it is a plain number.
     *
     * @param cells cells stacked one under the other, grey, their borders erased
     * @param deadline as for {@link #read}
     * @return the characters read, as for {@link #read}; empty when the engine has no such recogniser
     */
    default List<OcrWord> readNumbers(BufferedImage cells, long deadline) {
        return List.of();
    }

    /**
     * Reads an image of table cells with a recogniser that may give only digits, signs and a decimal point: a third
     * reading, for cells the other two read as no number at all (a {@code 0} read as {@code 本} or {@code (0} on a
     * blurred scan). Such a recogniser always finds some digits, so the parser takes its reading as a doubted value
     * that only a passing check lets stand.
     *
     * @param cells cells stacked one under the other, grey, their borders erased
     * @param deadline as for {@link #read}
     * @return the characters read, as for {@link #read}; empty when the engine has no such recogniser
     */
    default List<OcrWord> readDigits(BufferedImage cells, long deadline) {
        return List.of();
    }

    /** Makes engines. Listed in {@code META-INF/services/io.github.ogireport.extract.ocr.OcrEngine$Provider}. */
    interface Provider {
        /**
         * Null when engines can be opened; else what is missing and how to install it (a Debian package line), for
         * the message of a scanned file that could not be read.
         */
        String missing();

        /** A new engine for the calling thread; it lives as long as the thread uses it. */
        OcrEngine open();
    }
}
