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

    @Test
    void aClusterOfDustAndASpeckBesideOneDigitAreWhitenedAPointBetweenDigitsKept() {
        BufferedImage img = blank();
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(600, 650, 3, 3); // two specks 3 px apart: each has ink close by, but no character
        g.fillRect(606, 652, 3, 3);
        g.fillRect(300, 600, 20, 40); // 3.5 in a wide font: the point 15 px from each digit
        g.fillRect(335, 635, 5, 5);
        g.fillRect(355, 600, 20, 40);
        g.fillRect(500, 600, 20, 40); // a 0 with a speck 12 px to its right, read as "0 ."
        g.fillRect(532, 636, 3, 3);
        g.dispose();
        PageImage page = PageImage.of(img, 300);
        assertEquals(255, grey(page, 601, 651), "dust");
        assertEquals(255, grey(page, 607, 653), "dust");
        assertTrue(grey(page, 337, 637) < 100, "the decimal point");
        assertEquals(255, grey(page, 533, 637), "the speck beside the 0");
    }

    @Test
    void aShadedHeaderRowIsACellNotALineAndIsLightened() {
        // a table ruled in black whose header row is grey (214), as a scan of hongze-2024.pdf prints it: the grey is
        // darker than the line threshold, yet not a line, and the lines around it are still found
        BufferedImage img = blank();
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(214, 214, 214));
        g.fillRect(100, 100, 800, 100);
        g.setColor(Color.BLACK);
        for (int y : new int[] {100, 200, 300, 400}) {
            g.fillRect(100, y - 1, 801, 3);
        }
        g.fillRect(99, 100, 3, 301);
        g.fillRect(899, 100, 3, 301);
        g.fillRect(499, 200, 3, 201);
        g.fillRect(450, 130, 20, 40); // a character in the grey row
        g.dispose();
        PageImage page = PageImage.of(img, 300);
        assertEquals(5, page.cells.size(), page.cells::toString); // the grey row is one cell across both columns
        assertTrue(grey(page, 300, 150) > 245, "the grey row brought to the paper's white");
        assertTrue(grey(page, 460, 150) < 100, "its character kept");
        assertEquals(255, grey(page, 300, 100), "the line above it erased");
    }

    @Test
    void aTableRowCarriedOverToThePageTopIsATableAndABoxIsNot() {
        // 行政事业性收费 | 1.35 at the top of page 2 of lo-word-qingshan-2022.pdf: the last row of table 二, two long
        // lines and three short ones; read as a paragraph its value had no confidence of its own
        BufferedImage img = blank();
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 99, 801, 2);
        g.fillRect(100, 199, 801, 2);
        for (int x : new int[] {100, 400, 900}) {
            g.fillRect(x - 1, 100, 2, 100);
        }
        // a box around a note below it: two lines across and two down make one frame, not a table
        g.fillRect(100, 499, 801, 2);
        g.fillRect(100, 599, 801, 2);
        g.fillRect(99, 500, 2, 100);
        g.fillRect(899, 500, 2, 100);
        g.dispose();
        PageImage page = PageImage.of(img, 300);
        assertEquals(2, page.cells.size(), page.cells::toString);
        assertTrue(page.cells.stream().allMatch(c -> c.y < 300), page.cells::toString);
    }

    private static BufferedImage blank() {
        BufferedImage img = new BufferedImage(1000, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 800);
        g.dispose();
        return img;
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
