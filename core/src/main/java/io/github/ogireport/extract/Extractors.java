package io.github.ogireport.extract;

import io.github.ogireport.document.Extractor;
import io.github.ogireport.extract.charset.TextDecoder;
import io.github.ogireport.extract.html.HtmlExtractor;
import io.github.ogireport.extract.image.ImageExtractor;
import io.github.ogireport.extract.pdf.PdfExtractor;
import io.github.ogireport.extract.text.TextExtractor;
import io.github.ogireport.extract.word.DocExtractor;
import io.github.ogireport.extract.word.DocxExtractor;
import io.github.ogireport.model.Format;

import java.util.EnumMap;
import java.util.Map;

/** Which extractor reads which format: the one place a format meets its extractor. */
public final class Extractors {
    private static final Map<Format, Extractor> BY_FORMAT = new EnumMap<>(Map.of(
            Format.TEXT, (file, bytes, limits, ocr) -> TextExtractor.extract(TextDecoder.decode(bytes), limits),
            Format.HTML, (file, bytes, limits, ocr) -> HtmlExtractor.extract(bytes, limits),
            Format.DOCX, (file, bytes, limits, ocr) -> DocxExtractor.extract(file, bytes, limits, ocr),
            Format.DOC, (file, bytes, limits, ocr) -> DocExtractor.extract(file, bytes, limits),
            Format.PDF, (file, bytes, limits, ocr) ->
                    new PdfExtractor(limits.maxPages(), limits.timeout(), ocr).extract(bytes, file),
            Format.IMAGE, (file, bytes, limits, ocr) -> ImageExtractor.extract(file, bytes, ocr, limits.timeout())));

    private Extractors() {
    }

    /** The extractor of a format. */
    public static Extractor of(Format format) {
        return BY_FORMAT.get(format);
    }
}
