package io.github.ogireport.model;

import java.util.List;
import java.util.Map;

/**
 * Quality signals of a paged document (PDF): how many pages it has, which pages have no text layer (scans), and
 * how many glyphs per page could not be mapped to characters (a font without a ToUnicode map yields no text and
 * no error, so "no text" is never taken for "nothing printed").
 *
 * @param pages the number of pages
 * @param pagesWithoutText 1-based numbers of pages with no extractable text
 * @param unmappedGlyphs per 1-based page number, glyphs drawn that map to no character (pages with none omitted)
 */
public record PageStats(int pages, List<Integer> pagesWithoutText, Map<Integer, Integer> unmappedGlyphs) {
    /**
     * Copies the lists.
     *
     * @param pages the number of pages
     * @param pagesWithoutText 1-based numbers of pages with no extractable text
     * @param unmappedGlyphs per 1-based page number, glyphs drawn that map to no character
     */
    public PageStats {
        pagesWithoutText = List.copyOf(pagesWithoutText);
        unmappedGlyphs = Map.copyOf(unmappedGlyphs);
    }

    /** {@return all unmapped glyphs of the document} */
    public int totalUnmappedGlyphs() {
        return unmappedGlyphs.values().stream().mapToInt(Integer::intValue).sum();
    }
}
