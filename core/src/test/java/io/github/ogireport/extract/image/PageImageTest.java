package io.github.ogireport.extract.image;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page drawn here at 300 dpi: a table ruled in light grey, as an HTML page prints, with ink and dust in it. */
class PageImageTest {
    private static final int GREY_LINE = 200;

    @Test
    void aTableRuledInLightGreyIsFoundCellByCell() {
        PageImage page = PageImage.of(page(), 300);
        assertEquals(9, page.cells.size(), page.cells::toString);
        // the lines are erased for the recogniser
        assertEquals(255, grey(page, 500, 100));
    }

    @Test
    void aLongStrokeInACellIsNotATableLine() {
        // a run of ink 150 px long that ends on no line (the joined strokes of 商业企业 in a blurred scan)
        PageImage page = PageImage.of(page(), 300);
        assertTrue(grey(page, 450, 331) < 100, "the stroke is kept");
        assertEquals(9, page.cells.size());
    }

    @Test
    void dustIsWhitenedAndADecimalPointKept() {
        PageImage page = PageImage.of(page(), 300);
        assertEquals(255, grey(page, 601, 651), "a speck with nothing near");
        assertTrue(grey(page, 327, 237) < 100, "a point beside a digit");
        assertTrue(grey(page, 310, 220) < 100, "the digit");
    }

    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(1000, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 800);
        g.setColor(new Color(GREY_LINE, GREY_LINE, GREY_LINE));
        for (int y = 100; y <= 500; y += 200) {
            g.fillRect(100, y - 1, 801, 2);
        }
        g.fillRect(100, 299, 801, 2);
        for (int x = 100; x <= 900; x += 400) {
            g.fillRect(x - 1, 100, 2, 401);
        }
        g.fillRect(699, 100, 2, 401);
        g.fillRect(100, 399, 801, 2);
        g.setColor(Color.BLACK);
        g.fillRect(300, 200, 20, 40); // a digit
        g.fillRect(325, 235, 5, 5); // its decimal point
        g.fillRect(400, 330, 150, 3); // a stroke
        g.fillRect(600, 650, 3, 3); // dust, below the table
        g.dispose();
        return img;
    }

    private static int grey(PageImage page, int x, int y) {
        return page.image.getRaster().getSample(x, y, 0);
    }
}
