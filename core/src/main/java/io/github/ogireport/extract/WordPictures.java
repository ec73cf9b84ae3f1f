package io.github.ogireport.extract;

import io.github.ogireport.OcrMode;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pictures of a Word document read by OCR, for the reports whose tables were pasted as pictures (a scan or a
 * screenshot of the table in a typed report). Only pictures as wide as a table across a page are read: seals,
 * logos and signatures are smaller, and their recognised text would be noise among the report's. The blocks read
 * from a picture take its place among the document's blocks, and carry their confidences as a scanned PDF page's
 * do.
 */
final class WordPictures {
    /** A picture narrower than this many pixels is not a table (a seal is some 300 to 500 pixels). */
    static final int MIN_WIDTH = 800;

    private final List<Block> blocks;
    private final List<Warning> warnings;
    private final Map<String, String> properties;

    private WordPictures(List<Block> blocks, List<Warning> warnings, Map<String, String> properties) {
        this.blocks = blocks;
        this.warnings = warnings;
        this.properties = properties;
    }

    /**
     * Reads the document's table-sized pictures by OCR into its blocks.
     *
     * @param body the blocks and pictures of the body
     * @param deadline the document's {@link System#nanoTime()} deadline
     * @return the blocks with the pictures' blocks in place, with what to add to the document's warnings and
     *         properties; the body's blocks alone when it has no such picture or OCR is off
     */
    static WordPictures read(XWPFDocument doc, DocxBodyReader.Body body, OcrMode mode, long deadline)
            throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (DocxBodyReader.Picture p : body.pictures()) {
            BufferedImage image = image(doc.getPictureDataByID(p.relation()));
            if (image != null && image.getWidth() >= MIN_WIDTH) {
                images.add(image);
                at.add(p.block());
            }
        }
        if (images.isEmpty()) {
            return new WordPictures(body.blocks(), List.of(), Map.of());
        }
        if (mode == OcrMode.OFF || OcrEngines.missing() != null) {
            String why = mode == OcrMode.OFF ? "OCR is switched off (--ocr off)" : OcrEngines.missing();
            return new WordPictures(body.blocks(), List.of(new Warning(WarningCode.NO_TEXT_LAYER, "pictures",
                    images.size() + " pictures as wide as a table were not read (a table pasted as a picture "
                            + "is then missing): " + why)), Map.of());
        }
        List<PageContent> pages = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            pages.add(new PageContent(i + 1, 842, List.of(), 0, 0));
        }
        ScannedPages scanned = ScannedPages.read(pages, (i, dpi) -> ImageExtractor.scaled(images.get(i), dpi),
                OcrMode.AUTO, deadline);
        List<Block> out = new ArrayList<>(body.blocks());
        // from the last picture back, so that the places of the earlier ones stay right
        for (int i = images.size() - 1; i >= 0; i--) {
            out.addAll(at.get(i), scanned.attach(PdfBlocks.of(List.of(pages.get(i)))));
        }
        Map<String, String> properties = new java.util.HashMap<>();
        scanned.recognised().ifPresent(r -> properties.put(ExtractedDocument.RECOGNISED, "some"));
        scanned.lines().ifPresent(l -> properties.put(ExtractedDocument.RECOGNISED_LINES, l));
        return new WordPictures(out, scanned.warnings("pictures", "pictures " + scanned.pages() + " (of those as "
                + "wide as a table, in document order) were read by OCR"), properties);
    }

    /** The picture decoded, or null when it is not an image the JDK decodes (EMF, WMF, a broken part). */
    private static BufferedImage image(XWPFPictureData data) {
        if (data == null) {
            return null;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(data.getData()));
        } catch (IOException | RuntimeException e) {
            return null; // a picture that cannot be decoded holds no text we could read; the text around it stays
        }
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Warning> warnings() {
        return warnings;
    }

    Map<String, String> properties() {
        return properties;
    }
}
