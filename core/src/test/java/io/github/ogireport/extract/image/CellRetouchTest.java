package io.github.ogireport.extract.image;

import io.github.ogireport.extract.ocr.OcrWord;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellRetouchTest {

    @Test
    void aThinGreyStrokeBecomesABlackOneThreePixelsWideAndThePaperStaysWhite() {
        // the 1-pixel mid-grey strokes of a light font on a 200 dpi scan, which no reader reads as a digit
        BufferedImage cell = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                cell.getRaster().setSample(x, y, 0, x == 10 && y >= 4 && y < 16 ? 150 : 240);
            }
        }
        BufferedImage bold = CellRetouch.bolder(cell);
        for (int x = 0; x < 20; x++) {
            int expected = x >= 9 && x <= 11 ? 0 : 255;
            assertEquals(expected, bold.getRaster().getSample(x, 10, 0), "x " + x);
        }
        assertEquals(0, bold.getRaster().getSample(10, 3, 0), "a pixel longer at the top");
        assertEquals(255, bold.getRaster().getSample(10, 2, 0));
        assertEquals(150, cell.getRaster().getSample(10, 10, 0), "the image read is not changed");
    }

    @Test
    void whatIsReadLargerIsGivenBackInTheImagesOwnPixels() {
        BufferedImage cell = new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_GRAY);
        List<OcrWord> read = CellRetouch.readLarger(cell, 2, large -> {
            assertEquals(60, large.getWidth());
            assertEquals(40, large.getHeight());
            return List.of(new OcrWord("4", 20, 10, 34, 30, 0.99));
        });
        assertEquals(List.of(new OcrWord("4", 10, 5, 17, 15, 0.99)), read);
    }
}
