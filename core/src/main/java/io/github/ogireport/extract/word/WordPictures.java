package io.github.ogireport.extract.word;

import io.github.ogireport.document.Block;
import io.github.ogireport.extract.image.RecognisedPictures;
import io.github.ogireport.model.OcrMode;
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
 * from a picture take its place among the document's blocks.
 *
 * @param blocks the document's blocks, those of the pictures in their places
 * @param warnings what the report is to say about the pictures
 * @param properties what the document's properties gain
 */
record WordPictures(List<Block> blocks, List<Warning> warnings, Map<String, String> properties) {
    /** A picture narrower than this many pixels is not a table (a seal is some 300 to 500 pixels). */
    static final int MIN_WIDTH = 800;

    /**
     * Reads the document's table-sized pictures by OCR into its blocks.
     *
     * @param deadline the document's {@link System#nanoTime()} deadline
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
        RecognisedPictures read = RecognisedPictures.read(images, mode, deadline);
        if (read.missing() != null) {
            return new WordPictures(body.blocks(), List.of(new Warning(WarningCode.NO_TEXT_LAYER, "pictures",
                    images.size() + " pictures as wide as a table were not read (a table pasted as a picture "
                            + "is then missing): " + read.missing())), Map.of());
        }
        List<Block> out = new ArrayList<>(body.blocks());
        // from the last picture back, so that the places of the earlier ones stay right
        for (int i = images.size() - 1; i >= 0; i--) {
            out.addAll(at.get(i), read.blocks(i));
        }
        return new WordPictures(out, read.warnings(), read.properties());
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
}
