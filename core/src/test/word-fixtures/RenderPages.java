import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Usage: RenderPages PDF OUT_DIR DPI — page-1.txt (the text of page 1), page-N.png (pages 2.., grey). */
public class RenderPages {
    public static void main(String[] args) throws Exception {
        try (var doc = Loader.loadPDF(new File(args[0]))) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            Files.writeString(Path.of(args[1], "page-1.txt"), text.getText(doc));
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 1; i < doc.getNumberOfPages(); i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, Float.parseFloat(args[2]), ImageType.GRAY), "png",
                        new File(args[1], "page-" + (i + 1) + ".png"));
            }
        }
    }
}
