package io.github.ogireport.extract.image;

import io.github.ogireport.model.OcrMode;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.extract.layout.PageContent;
import io.github.ogireport.extract.layout.PdfBlocks;
import io.github.ogireport.extract.layout.TimeLimitReached;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.PageStats;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a page image (PNG, JPEG, TIFF: a scanned or photographed page; every page of a multi-page TIFF) by OCR,
 * as {@link ScannedPages} reads the scanned pages of a PDF. The image's resolution is taken from the page width,
 * as if the page were A4 (the images carry no reliable resolution): it only scales the geometry, which is relative.
 */
public final class ImageExtractor {
    /** The width of an A4 page in inches. */
    private static final float A4_INCHES = 8.27f;
    /** Images are scaled up to at least this resolution before OCR (small print needs some 30 pixels a line). */
    private static final float MIN_DPI = 200;

    private ImageExtractor() {
    }

    /**
     * Reads an image file.
     *
     * @throws ReportReadException {@code NO_TEXT} when OCR is off or not installed, or reads nothing;
     *                             {@code CORRUPT} when the image cannot be decoded; {@code TIMED_OUT}
     */
    public static ExtractedDocument extract(String file, byte[] bytes, OcrMode mode, Duration timeLimit)
            throws ReportReadException {
        if (mode == OcrMode.OFF) {
            throw new ReportReadException(file, ErrorType.NO_TEXT,
                    "a page image, and OCR is switched off (--ocr off)", null);
        }
        List<BufferedImage> images = images(file, bytes);
        List<PageContent> pages = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            pages.add(new PageContent(i + 1, 842, List.of(), 0, 0));
        }
        long deadline = System.nanoTime() + timeLimit.toNanos();
        try {
            ScannedPages scanned = ScannedPages.read(pages, (i, dpi) -> scaled(images.get(i), dpi), OcrMode.AUTO,
                    deadline);
            if (scanned.missing() != null) {
                throw new ReportReadException(file, ErrorType.NO_TEXT,
                        "a page image, and OCR is not available: " + scanned.missing(), null);
            }
            if (scanned.pages().isEmpty()) {
                throw new ReportReadException(file, ErrorType.NO_TEXT,
                        "a page image on which OCR read no text", null);
            }
            List<Integer> empty = new ArrayList<>();
            for (PageContent p : pages) {
                if (p.glyphs == 0) {
                    empty.add(p.page);
                }
            }
            Map<String, String> properties = new java.util.HashMap<>();
            properties.put(ExtractedDocument.RECOGNISED, scanned.recognised().orElse("some"));
            scanned.lines().ifPresent(l -> properties.put(ExtractedDocument.RECOGNISED_LINES, l));
            return new ExtractedDocument(Format.IMAGE, scanned.attach(PdfBlocks.of(pages)), null, null, properties,
                    new PageStats(pages.size(), empty, Map.of(), scanned.pages()), scanned.warnings());
        } catch (TimeLimitReached e) {
            throw ReportReadException.timedOut(file, timeLimit, null);
        } catch (IOException e) {
            throw new ReportReadException(file, ErrorType.CORRUPT, "the image cannot be read: " + e, e);
        }
    }

    /** The image as if scanned at {@code dpi} over an A4 width, never scaled down. */
    static BufferedImage scaled(BufferedImage image, float dpi) {
        float own = image.getWidth() / A4_INCHES;
        if (own >= MIN_DPI) {
            return image;
        }
        float f = MIN_DPI / own;
        int w = Math.round(image.getWidth() * f);
        int h = Math.round(image.getHeight() * f);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static List<BufferedImage> images(String file, byte[] bytes) throws ReportReadException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ReportReadException(file, ErrorType.CORRUPT,
                        "an image in a format that cannot be decoded", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int n = reader.getNumImages(true);
                List<BufferedImage> out = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    out.add(reader.read(i));
                }
                return out;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(file, ErrorType.CORRUPT, "the image is damaged: " + e, e);
        }
    }
}
