package io.github.ogireport.ocr;

import com.sun.jna.Pointer;
import io.github.ogireport.extract.ocr.OcrEngine;
import io.github.ogireport.extract.ocr.OcrWord;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One Tesseract instance with its model loaded once (loading {@code chi_sim} costs more than reading a page), used
 * by one thread. A page gives its characters (result level SYMBOL): each with its box and Tesseract's confidence,
 * so that the parser places characters in table cells as it places a PDF's glyphs. A page past its deadline is
 * cancelled through Tesseract's progress monitor.
 */
final class TesseractEngine implements OcrEngine {
    private final TessAPI api;
    private final ITessAPI.TessBaseAPI handle;
    /** The Latin model, for the second reading of cells that hold numbers; null when it is not installed. */
    private final ITessAPI.TessBaseAPI numbers;
    /** The Chinese model allowed digits, signs and a decimal point only, for a third reading. */
    private final ITessAPI.TessBaseAPI digits;

    TesseractEngine(TessAPI api, String tessdata, String language, String numberLanguage) {
        this.api = api;
        this.handle = open(api, tessdata, language);
        this.numbers = numberLanguage == null ? null : open(api, tessdata, numberLanguage);
        // the Chinese model held to digits: a reader apart from the Latin one, whose misreadings it does not share
        // (measured on the generated scans: 112 cells lost on the clean ones and 305 on the degraded ones with it,
        // 124 and 323 with the Latin model held to digits)
        this.digits = open(api, tessdata, language);
        api.TessBaseAPISetVariable(digits, "tessedit_char_whitelist", "0123456789+-.%");
    }

    private static ITessAPI.TessBaseAPI open(TessAPI api, String tessdata, String language) {
        ITessAPI.TessBaseAPI handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(handle, tessdata, language) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract cannot load the model " + language + " from " + tessdata);
        }
        // one block of text: measured, the automatic segmentation dropped most lone digits of a table grid;
        // the parser rebuilds rows and columns from the boxes
        api.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK);
        // no dictionary correction of digits into words
        api.TessBaseAPISetVariable(handle, "load_system_dawg", "0");
        api.TessBaseAPISetVariable(handle, "load_freq_dawg", "0");
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        return handle;
    }

    @Override
    public List<OcrWord> read(BufferedImage page, long deadline) {
        return read(handle, page, deadline);
    }

    @Override
    public List<OcrWord> readNumbers(BufferedImage cells, long deadline) {
        return numbers == null ? List.of() : read(numbers, cells, deadline);
    }

    @Override
    public List<OcrWord> readDigits(BufferedImage cells, long deadline) {
        return read(digits, cells, deadline);
    }

    private List<OcrWord> read(ITessAPI.TessBaseAPI handle, BufferedImage page, long deadline) {
        BufferedImage grey = page;
        if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(page, 0, 0, null);
        }
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buf = ByteBuffer.allocateDirect(px.length);
        buf.put(px).flip();
        api.TessBaseAPISetImage(handle, buf, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        api.TessBaseAPISetSourceResolution(handle, 300);
        ITessAPI.ETEXT_DESC monitor = new ITessAPI.ETEXT_DESC();
        // only the cancel function is set: Tess4J's structure and Tesseract 5's agree up to it
        monitor.cancel = (cancelThis, words) -> System.nanoTime() - deadline > 0;
        List<OcrWord> out = new ArrayList<>();
        try {
            if (api.TessBaseAPIRecognize(handle, monitor) != 0) {
                return out;
            }
            ITessAPI.TessResultIterator ri = api.TessBaseAPIGetIterator(handle);
            if (ri == null) {
                return out;
            }
            try {
                ITessAPI.TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
                int level = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
                IntBuffer l = IntBuffer.allocate(1);
                IntBuffer t = IntBuffer.allocate(1);
                IntBuffer r = IntBuffer.allocate(1);
                IntBuffer b = IntBuffer.allocate(1);
                IntBuffer lineL = IntBuffer.allocate(1);
                IntBuffer lineT = IntBuffer.allocate(1);
                IntBuffer lineR = IntBuffer.allocate(1);
                IntBuffer lineB = IntBuffer.allocate(1);
                do {
                    Pointer p = api.TessResultIteratorGetUTF8Text(ri, level);
                    if (p == null) {
                        continue;
                    }
                    String text = p.getString(0, StandardCharsets.UTF_8.name());
                    api.TessDeleteText(p);
                    float conf = api.TessResultIteratorConfidence(ri, level);
                    if (api.TessPageIteratorBoundingBox(pi, level, l, t, r, b) == ITessAPI.TRUE) {
                        int top = t.get(0);
                        int bottom = b.get(0);
                        if (api.TessPageIteratorBoundingBox(pi, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE,
                                lineL, lineT, lineR, lineB) == ITessAPI.TRUE) {
                            top = lineT.get(0);
                            bottom = lineB.get(0);
                        }
                        out.add(new OcrWord(text, l.get(0), top, r.get(0), bottom,
                                Math.max(0, Math.min(1, conf / 100.0))));
                    }
                } while (api.TessPageIteratorNext(pi, level) == ITessAPI.TRUE);
            } finally {
                api.TessResultIteratorDelete(ri);
            }
            return out;
        } finally {
            api.TessBaseAPIClear(handle);
        }
    }
}
