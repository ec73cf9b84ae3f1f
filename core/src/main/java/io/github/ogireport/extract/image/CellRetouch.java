package io.github.ogireport.extract.image;

import io.github.ogireport.extract.ocr.OcrWord;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The last two looks at table cells that every reading so far took for no value: the same cells with bolder strokes,
 * then at twice their size. A light font's thin {@code 4} and {@code 5} on a clean 200 dpi scan are read as nothing,
 * as {@code 才} or as {@code D} by every reader, and as {@code 4} and {@code 5} once their grey strokes are made black
 * and a pixel wider; a blurred digit of a 150 dpi scan is read at twice the size where it was not at its own. Only
 * for those cells: made bolder, the other cells of a blurred scan run into blots (measured on the bench's degraded
 * scans, the bolder image read first lost 47 cells more than it won).
 */
final class CellRetouch {
    /** Grey under this, after the widening, is ink: a thin stroke rendered at 200 dpi is mid-grey, not black. */
    private static final int INK = 200;

    private CellRetouch() {
    }

    /** The image in black and white with each stroke a pixel wider on every side (a 3×3 minimum, then {@link #INK}). */
    static BufferedImage bolder(BufferedImage image) {
        BufferedImage grey = grey(image);
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] across = new byte[px.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int m = px[y * w + x] & 0xFF;
                if (x > 0) {
                    m = Math.min(m, px[y * w + x - 1] & 0xFF);
                }
                if (x + 1 < w) {
                    m = Math.min(m, px[y * w + x + 1] & 0xFF);
                }
                across[y * w + x] = (byte) m;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int m = across[y * w + x] & 0xFF;
                if (y > 0) {
                    m = Math.min(m, across[(y - 1) * w + x] & 0xFF);
                }
                if (y + 1 < h) {
                    m = Math.min(m, across[(y + 1) * w + x] & 0xFF);
                }
                px[y * w + x] = (byte) (m < INK ? 0 : 0xFF);
            }
        }
        return grey;
    }

    /**
     * What {@code reader} reads on the image at {@code factor} times its size (bicubic), its boxes given back in the
     * image's own pixels.
     */
    static List<OcrWord> readLarger(BufferedImage image, int factor, Function<BufferedImage, List<OcrWord>> reader) {
        BufferedImage large = new BufferedImage(image.getWidth() * factor, image.getHeight() * factor,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = large.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, large.getWidth(), large.getHeight(), null);
        g.dispose();
        List<OcrWord> read = reader.apply(large);
        List<OcrWord> out = new ArrayList<>(read.size());
        for (OcrWord w : read) {
            out.add(new OcrWord(w.text(), w.x0() / factor, w.top() / factor, w.x1() / factor, w.bottom() / factor,
                    w.confidence()));
        }
        return out;
    }

    /** A grey copy of the image, to be changed without changing it. */
    private static BufferedImage grey(BufferedImage image) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }
}
