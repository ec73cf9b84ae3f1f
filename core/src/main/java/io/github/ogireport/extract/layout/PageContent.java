package io.github.ogireport.extract.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * What one page holds once its geometry is read: text lines outside tables and table fragments, top to bottom,
 * plus the page's quality signals.
 *
 * <p>Public (with the members they use) for {@code extract.pdf} and {@code extract.image}; not API.
 */
public final class PageContent {
    /** The page number, from 1. */
    public final int page;
    final float height;
    /** {@link TextLine}s and {@link TableFragment}s, top to bottom. */
    public final List<Object> items;
    /** Glyphs drawn, mapped to characters or not. */
    public final int glyphs;
    /** Glyphs drawn that map to no character. */
    public final int unmapped;

    /** A page read: its number, height, lines and fragments top to bottom, and glyph counts. */
    public PageContent(int page, float height, List<Object> items, int glyphs, int unmapped) {
        this.page = page;
        this.height = height;
        this.items = new ArrayList<>(items);
        this.glyphs = glyphs;
        this.unmapped = unmapped;
    }

    /** Where an item starts vertically. */
    static float top(Object item) {
        return item instanceof TextLine l ? l.top : ((TableFragment) item).top;
    }

    /** Where an item ends vertically. */
    static float bottom(Object item) {
        return item instanceof TextLine l ? l.bottom : ((TableFragment) item).bottom;
    }
}
