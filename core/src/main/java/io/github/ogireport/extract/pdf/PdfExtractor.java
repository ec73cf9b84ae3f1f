package io.github.ogireport.extract.pdf;

import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.extract.image.ScannedPages;
import io.github.ogireport.extract.layout.PageContent;
import io.github.ogireport.extract.layout.PdfBlocks;
import io.github.ogireport.extract.layout.TimeLimitReached;
import io.github.ogireport.extract.ocr.OcrEngine;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.PageStats;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a PDF with a text layer into blocks, on Apache PDFBox: tables are rebuilt from the page geometry (glyph
 * positions and ruling lines; merged cells keep their spans, tables that run over a page break are joined), page
 * numbers and running headers and footers are removed, and lines broken inside sentences are joined. The
 * document's quality signals (pages, pages without a text layer, glyphs that map to no character) go with the
 * blocks as {@link PageStats}.
 *
 * <p>A file that needs a user password, is damaged beyond reading, takes longer than the time limit, has more
 * pages than the page limit, or has no text layer at all (a scan) is a {@link ReportReadException}. An instance is
 * thread-safe: every call opens its own {@code PDDocument}, which never leaves the calling thread.
 */
public final class PdfExtractor {
    /** Reports run to a few dozen pages; far longer files are not reports, or are bound volumes. */
    public static final int DEFAULT_MAX_PAGES = io.github.ogireport.model.Limits.DEFAULT.maxPages();
    /** Per document, from opening to the last page. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    /** Main memory PDFBox may use for its scratch buffers per document before it turns to temporary files. */
    private static final long SCRATCH_MEMORY = 32L << 20;

    private final int maxPages;
    private final Duration timeLimit;
    private final io.github.ogireport.model.OcrMode ocr;

    /** An extractor with the default page and time limits. */
    public PdfExtractor() {
        this(DEFAULT_MAX_PAGES, DEFAULT_TIME_LIMIT);
    }

    /**
     * @param maxPages documents with more pages are refused ({@code TOO_LARGE})
     * @param timeLimit reading one document longer than this stops it ({@code TIMED_OUT}), OCR included
     * @param ocr when pages are read by OCR ({@link OcrEngine}, when one is on the class path)
     */
    public PdfExtractor(int maxPages, Duration timeLimit, io.github.ogireport.model.OcrMode ocr) {
        this.maxPages = maxPages;
        this.timeLimit = timeLimit;
        this.ocr = ocr;
    }

    /**
     * @param maxPages documents with more pages are refused ({@code TOO_LARGE})
     * @param timeLimit reading one document longer than this stops it ({@code TIMED_OUT})
     */
    public PdfExtractor(int maxPages, Duration timeLimit) {
        this(maxPages, timeLimit, io.github.ogireport.model.OcrMode.AUTO);
    }

    /**
     * Reads a PDF.
     *
     * @param bytes the whole file
     * @param file the name to put in error messages
     * @throws ReportReadException when the file cannot be read: {@code ENCRYPTED}, {@code CORRUPT},
     *                             {@code TOO_LARGE}, {@code TIMED_OUT} or {@code NO_TEXT}
     */
    public ExtractedDocument extract(byte[] bytes, String file) throws ReportReadException {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(SCRATCH_MEMORY).streamCache)) {
            int count = doc.getNumberOfPages();
            if (count > maxPages) {
                throw new ReportReadException(file, ErrorType.TOO_LARGE,
                        "the PDF has " + count + " pages, more than the limit of " + maxPages, null);
            }
            GlyphCollector collector = new GlyphCollector(deadline);
            List<PageContent> pages = GlyphCollector.complete(collector.read(doc), count);
            ScannedPages scanned = ScannedPages.read(pages, new PageRenderer(doc), ocr, deadline);
            PageStats stats = stats(pages, scanned.pages());
            refuseWithoutText(file, pages, stats, scanned.missing());
            Map<String, String> properties = properties(doc, bytes, collector.damagedPages(), collector.damageCauses());
            scanned.recognised().ifPresent(r -> properties.put(ExtractedDocument.RECOGNISED, r));
            scanned.lines().ifPresent(l -> properties.put(ExtractedDocument.RECOGNISED_LINES, l));
            return new ExtractedDocument(Format.PDF, scanned.attach(PdfBlocks.of(pages)), null, null, properties,
                    stats, scanned.warnings());
        } catch (InvalidPasswordException e) {
            throw new ReportReadException(file, ErrorType.ENCRYPTED,
                    "the PDF is encrypted with a user password: it cannot be opened without the password ("
                            + e.getMessage() + ")", e);
        } catch (TimeLimitReached e) {
            throw ReportReadException.timedOut(file, timeLimit, null);
        } catch (java.util.concurrent.CancellationException e) {
            throw e; // the parse's deadline or an interrupt: TIMED_OUT, not a damaged file
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(file, ErrorType.CORRUPT,
                    "the PDF is damaged and cannot be read: " + e.getMessage(), e);
        }
    }

    private static PageStats stats(List<PageContent> pages, List<Integer> recognised) {
        List<Integer> withoutText = new ArrayList<>();
        Map<Integer, Integer> unmapped = new TreeMap<>();
        for (PageContent p : pages) {
            if (p.glyphs == 0) {
                withoutText.add(p.page);
            }
            if (p.unmapped > 0) {
                unmapped.put(p.page, p.unmapped);
            }
        }
        return new PageStats(pages.size(), withoutText, unmapped, recognised);
    }

    /** A document without a single readable character cannot be read: say why instead of returning nothing. */
    private static void refuseWithoutText(String file, List<PageContent> pages, PageStats stats, String noOcr)
            throws ReportReadException {
        int drawn = pages.stream().mapToInt(p -> p.glyphs).sum();
        if (drawn == 0) {
            throw new ReportReadException(file, ErrorType.NO_TEXT, "no text layer on any of "
                    + pages.size() + " pages (a scanned document): the pages are images, "
                    + (noOcr != null ? "not read: " + noOcr : "and OCR read no text on them"), null);
        }
        if (drawn == stats.totalUnmappedGlyphs()) {
            throw new ReportReadException(file, ErrorType.NO_TEXT, "none of the " + drawn
                    + " glyphs maps to a character (fonts without a ToUnicode map): the text cannot be extracted", null);
        }
    }

    private static Map<String, String> properties(PDDocument doc, byte[] bytes, List<Integer> damagedPages,
                                                  List<String> causes) {
        Map<String, String> p = new HashMap<>();
        PDDocumentInformation info = doc.getDocumentInformation();
        if (info != null && info.getTitle() != null && !info.getTitle().isBlank()) {
            p.put(ExtractedDocument.TITLE, info.getTitle().strip());
        }
        List<String> damage = new ArrayList<>();
        if (!endsWithEof(bytes)) {
            damage.add("the file is truncated (no end-of-file marker): what could be recovered was read");
        }
        if (!damagedPages.isEmpty()) {
            damage.add("the content of pages " + damagedPages + " breaks off with an error (" + String.join("; ", causes)
                    + "): what came before was read");
        }
        if (!damage.isEmpty()) {
            p.put(ExtractedDocument.DAMAGE, String.join("; ", damage));
        }
        return p;
    }

    private static boolean endsWithEof(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** The pages of a PDF drawn for OCR, and the resolution their scans were made at. */
    private static final class PageRenderer implements ScannedPages.Renderer {
        private final PDDocument doc;
        private final org.apache.pdfbox.rendering.PDFRenderer renderer;

        PageRenderer(PDDocument doc) {
            this.doc = doc;
            this.renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
        }

        @Override
        public java.awt.image.BufferedImage render(int index, float dpi) throws IOException {
            return renderer.renderImageWithDPI(index, dpi, org.apache.pdfbox.rendering.ImageType.GRAY);
        }

        /** The finest of the page's images, as pixels across the page's width: a scan is one image the page wide. */
        @Override
        public float sourceDpi(int index) {
            org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(index);
            org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
            float inches = page.getMediaBox().getWidth() / 72f;
            float best = Float.NaN;
            if (resources == null || inches <= 0) {
                return best;
            }
            for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                try {
                    if (resources.getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        float dpi = image.getWidth() / inches;
                        best = Float.isNaN(best) ? dpi : Math.max(best, dpi);
                    }
                } catch (IOException e) {
                    return Float.NaN; // an image that cannot be read says nothing of the scan: the page is read
                }
            }
            return best;
        }
    }
}
