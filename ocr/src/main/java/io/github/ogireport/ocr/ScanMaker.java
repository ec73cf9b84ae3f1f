package io.github.ogireport.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * Makes scans out of text PDFs, as a copier would: every page rendered to a grey picture, optionally turned a
 * little, speckled and JPEG-compressed, and wrapped into a PDF that holds only the pictures (no text layer). The
 * test data of the OCR tests and the scans of {@code bench --formats ocr} are made by this from documents whose
 * values were checked by hand, and rebuilt rather than committed. Public for the command line; not API.
 *
 * @param dpi the scan resolution
 * @param skewDegrees how far the page is turned (positive: clockwise)
 * @param speckles dark specks per square inch
 * @param jpegQuality JPEG quality 0–1, or 0 for a lossless picture
 */
public record ScanMaker(float dpi, double skewDegrees, double speckles, float jpegQuality) {
    /** A clean scan: 200 dpi grey, lossless. */
    public static final ScanMaker CLEAN = new ScanMaker(200, 0, 0, 0);
    /** A poor one: 150 dpi, turned 0.8°, speckled, JPEG at 60 %. */
    public static final ScanMaker DEGRADED = new ScanMaker(150, 0.8, 6, 0.6f);
    /**
     * The PDFs of {@code testdata/pdf} (without {@code .pdf}) that the OCR tests and benches scan: typeset from
     * documents whose values were checked by hand, each with its expected file beside it.
     */
    public static final List<String> TESTDATA = List.of("lo-html-2019", "lo-docx-2021",
            "chromium-html-2021", "lo-word-qingshan-2022");

    /**
     * The PDF's pages as an image-only PDF.
     *
     * @param pdf a PDF's bytes
     * @return the bytes of its scan
     * @throws IOException when the PDF cannot be read
     */
    public byte[] scan(byte[] pdf) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            Random random = new Random(42);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage page = degrade(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), random);
                PDRectangle box = source.getPage(i).getMediaBox();
                PDPage out = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                scan.addPage(out);
                PDImageXObject image = jpegQuality > 0 ? JPEGFactory.createFromImage(scan, page, jpegQuality)
                        : LosslessFactory.createFromImage(scan, page);
                try (PDPageContentStream content = new PDPageContentStream(scan, out)) {
                    content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            scan.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** One page picture with this scan's defects. */
    private BufferedImage degrade(BufferedImage page, Random random) {
        BufferedImage out = page;
        if (skewDegrees != 0) {
            out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = out.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(skewDegrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
            g.drawImage(page, 0, 0, null);
            g.dispose();
        }
        if (speckles > 0) {
            double inches = (double) out.getWidth() * out.getHeight() / (dpi * dpi);
            int n = (int) (speckles * inches);
            for (int k = 0; k < n; k++) {
                int x = random.nextInt(out.getWidth() - 2);
                int y = random.nextInt(out.getHeight() - 2);
                int size = 1 + random.nextInt(2);
                for (int dx = 0; dx < size; dx++) {
                    for (int dy = 0; dy < size; dy++) {
                        out.getRaster().setSample(x + dx, y + dy, 0, 40 + random.nextInt(60));
                    }
                }
            }
        }
        return out;
    }
}
