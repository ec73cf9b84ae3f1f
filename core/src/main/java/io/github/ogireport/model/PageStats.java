package io.github.ogireport.model;

import java.util.List;
import java.util.Map;

/**
 * Quality signals of a paged document (PDF, page image): how many pages it has, which pages have no text layer
 * (scans that were not read), how many glyphs per page could not be mapped to characters (a font without a ToUnicode
 * map yields no text and no error, so "no text" is never taken for "nothing printed"), and which pages were read by
 * OCR.
 *
 * @param pages the number of pages
 * @param pagesWithoutText 1-based numbers of pages with no extractable text (a page read by OCR has some)
 * @param unmappedGlyphs per 1-based page number, glyphs drawn that map to no character (pages with none omitted)
 * @param pagesRecognised 1-based numbers of the pages whose text was recognised by OCR
 */
public record PageStats(int pages, List<Integer> pagesWithoutText, Map<Integer, Integer> unmappedGlyphs,
                        List<Integer> pagesRecognised) {
    /**
     * Copies the lists.
     *
     * @param pages the number of pages
     * @param pagesWithoutText 1-based numbers of pages with no extractable text
     * @param unmappedGlyphs per 1-based page number, glyphs drawn that map to no character
     * @param pagesRecognised 1-based numbers of the pages read by OCR
     */
    public PageStats {
        pagesWithoutText = List.copyOf(pagesWithoutText);
        unmappedGlyphs = Map.copyOf(unmappedGlyphs);
        pagesRecognised = List.copyOf(pagesRecognised);
    }

    /**
     * The signals of a document none of whose pages was read by OCR.
     *
     * @param pages the number of pages
     * @param pagesWithoutText 1-based numbers of pages with no extractable text
     * @param unmappedGlyphs per 1-based page number, glyphs drawn that map to no character
     */
    public PageStats(int pages, List<Integer> pagesWithoutText, Map<Integer, Integer> unmappedGlyphs) {
        this(pages, pagesWithoutText, unmappedGlyphs, List.of());
    }

    /** {@return all unmapped glyphs of the document} */
    public int totalUnmappedGlyphs() {
        return unmappedGlyphs.values().stream().mapToInt(Integer::intValue).sum();
    }
}
