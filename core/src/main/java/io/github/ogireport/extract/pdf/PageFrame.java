package io.github.ogireport.extract.pdf;

import io.github.ogireport.extract.layout.Ruling;

import java.util.ArrayList;
import java.util.List;

/**
 * The page coordinates glyphs are read in: PDFBox gives a glyph's position "direction adjusted" (as if its text ran
 * left to right, origin at the top left of the crop box). Ruling lines are mapped into the same frame, using the
 * direction most of the page's text runs in, so that lines and glyphs can be compared.
 */
final class PageFrame {
    private final float cropX;
    private final float cropY;
    private final float width;
    private final float height;
    private final int direction;

    /**
     * @param cropX lower left x of the crop box
     * @param cropY lower left y of the crop box
     * @param width width of the crop box
     * @param height height of the crop box
     * @param direction the text direction, 0, 90, 180 or 270 degrees
     */
    PageFrame(float cropX, float cropY, float width, float height, int direction) {
        this.cropX = cropX;
        this.cropY = cropY;
        this.width = width;
        this.height = height;
        this.direction = direction;
    }

    /** The page's extent along the reading frame's y axis. */
    float frameHeight() {
        return direction == 0 || direction == 180 ? height : width;
    }

    /** Segments in page space ({x0, y0, x1, y1}) as horizontal and vertical rulings in this frame. */
    List<Ruling> rulings(List<float[]> segments) {
        List<Ruling> out = new ArrayList<>(segments.size());
        for (float[] s : segments) {
            float[] a = map(s[0], s[1]);
            float[] b = map(s[2], s[3]);
            if (Math.abs(a[1] - b[1]) <= Math.abs(a[0] - b[0])) {
                out.add(new Ruling(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])));
            } else {
                out.add(new Ruling(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])));
            }
        }
        return out;
    }

    /** The mapping of PDFBox's {@code TextPosition.getXDirAdj/getYDirAdj}, applied to a point. */
    private float[] map(float x, float y) {
        float px = x - cropX;
        float py = y - cropY;
        return switch (direction) {
            case 90 -> new float[] {py, px};
            case 180 -> new float[] {width - px, py};
            case 270 -> new float[] {height - py, width - px};
            default -> new float[] {px, height - py};
        };
    }
}
