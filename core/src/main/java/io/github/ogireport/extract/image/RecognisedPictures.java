package io.github.ogireport.extract.image;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.extract.layout.PageContent;
import io.github.ogireport.extract.layout.PdfBlocks;
import io.github.ogireport.model.OcrMode;
import io.github.ogireport.model.Warning;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pictures inside a document (a table pasted into a Word file as a scan or screenshot) read by OCR as the pages of a
 * scan are: each picture's blocks, with their confidences, and what the report is to say about them. Public for
 * {@code extract.word}; not API.
 */
public final class RecognisedPictures {
    private final String missing;
    private final List<List<Block>> blocks;
    private final List<Warning> warnings;
    private final Map<String, String> properties;

    private RecognisedPictures(String missing, List<List<Block>> blocks, List<Warning> warnings,
                               Map<String, String> properties) {
        this.missing = missing;
        this.blocks = blocks;
        this.warnings = warnings;
        this.properties = properties;
    }

    /**
     * Reads pictures by OCR.
     *
     * @param deadline the document's {@link System#nanoTime()} deadline
     * @throws io.github.ogireport.extract.layout.TimeLimitReached past the deadline
     */
    public static RecognisedPictures read(List<BufferedImage> pictures, OcrMode mode, long deadline)
            throws IOException {
        String missing = mode == OcrMode.OFF ? "OCR is switched off (--ocr off)" : OcrEngines.missing();
        if (missing != null || pictures.isEmpty()) {
            return new RecognisedPictures(missing, List.of(), List.of(), Map.of());
        }
        List<PageContent> pages = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            pages.add(new PageContent(i + 1, 842, List.of(), 0, 0));
        }
        ScannedPages scanned = ScannedPages.read(pages, (i, dpi) -> ImageExtractor.scaled(pictures.get(i), dpi),
                OcrMode.AUTO, deadline);
        List<List<Block>> blocks = new ArrayList<>();
        for (PageContent page : pages) {
            blocks.add(scanned.attach(PdfBlocks.of(List.of(page))));
        }
        Map<String, String> properties = new HashMap<>();
        // the document's own text is read too: "some", so that numbers without a confidence are not taken as OCR's
        scanned.recognised().ifPresent(r -> properties.put(ExtractedDocument.RECOGNISED, "some"));
        scanned.lines().ifPresent(l -> properties.put(ExtractedDocument.RECOGNISED_LINES, l));
        return new RecognisedPictures(null, blocks, scanned.warnings("pictures", "pictures " + scanned.pages()
                + " (of those as wide as a table, in document order) were read by OCR"), properties);
    }

    /** Null when the pictures were read; else why not (OCR switched off, or what to install). */
    public String missing() {
        return missing;
    }

    /** The blocks read from picture {@code i} (0-based). */
    public List<Block> blocks(int i) {
        return blocks.get(i);
    }

    /** {@code OCR_USED} naming the pictures, and {@code OCR_INCOMPLETE} when one was cut at its time limit. */
    public List<Warning> warnings() {
        return warnings;
    }

    /** What the document's properties gain: {@link ExtractedDocument#RECOGNISED} and its recognised lines. */
    public Map<String, String> properties() {
        return properties;
    }
}
