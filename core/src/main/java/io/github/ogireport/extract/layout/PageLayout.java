package io.github.ogireport.extract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads one page's geometry: ruled tables from the ruling lines ({@link Lattice}), text lines from the glyphs
 * outside them, unruled tables from the alignment of those lines ({@link UnruledTable}); the result is the page's
 * items top to bottom.
 *
 * <p>Public (with the members they use) for {@code extract.pdf} and {@code extract.image}; not API.
 */
public final class PageLayout {
    private PageLayout() {
    }

    /** The lines and tables of one page, from its glyphs and ruling lines (a PDF's or an OCR'd image's). */
    public static PageContent of(int page, float height, List<Glyph> glyphs, List<Ruling> rulings, int drawn,
                                 int unmapped) {
        Lattice.Result ruled = Lattice.find(page, rulings, glyphs);
        List<Object> items = new ArrayList<>(UnruledTable.find(page, TextLine.group(ruled.outside())));
        items.addAll(ruled.tables());
        items.sort(Comparator.comparingDouble(PageContent::top));
        return new PageContent(page, height, items, drawn, unmapped);
    }
}
