package io.github.ogireport.extract.pdf;

import io.github.ogireport.document.Cancellation;
import io.github.ogireport.extract.layout.Glyph;
import io.github.ogireport.extract.layout.PageContent;
import io.github.ogireport.extract.layout.PageLayout;
import io.github.ogireport.extract.layout.Ruling;
import io.github.ogireport.extract.layout.TimeLimitReached;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Reads every page of a document once: the glyphs PDFBox positions (its {@link TextPosition}s, not its line
 * order), the ruling lines painted (through {@link PathOperator}s), and the glyphs that map to no character (an
 * Identity-H font without ToUnicode gives no text and no error, so they are counted). Each finished page becomes a
 * {@link PageContent}. Not thread-safe: one collector per document, one document per thread.
 */
final class GlyphCollector extends PDFTextStripper {
    /** How often (in content-stream operators) the time limit is looked at. */
    private static final int CLOCK_EVERY = 512;

    private final long deadline;
    private final RulingCollector rulings = new RulingCollector();
    private final List<PageContent> pages = new ArrayList<>();
    private final List<Integer> damagedPages = new ArrayList<>();
    private final List<String> damageCauses = new ArrayList<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Integer> directions = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();
    private int pageNumber;
    private boolean pageOpen;
    private PDRectangle crop;
    private int drawn;
    private int unmapped;
    private long operators;

    /**
     * @param deadline the {@link System#nanoTime()} after which reading stops with {@link TimeLimitReached}
     */
    GlyphCollector(long deadline) {
        this.deadline = deadline;
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        for (String name : PathOperator.NAMES) {
            addOperator(new PathOperator(this, name, rulings));
        }
    }

    /** Reads all pages (up to the end page set); pages that fail are noted and the rest still read. */
    List<PageContent> read(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        return pages;
    }

    /** 1-based numbers of pages whose content stream broke off with an error. */
    List<Integer> damagedPages() {
        return damagedPages;
    }

    /** Why each damaged page broke off, in the words of the exception, so that the cause is never lost. */
    List<String> damageCauses() {
        return damageCauses;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        Cancellation.check(); // pages are the loop a long document grows
        try {
            super.processPage(page);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TimeLimitReached || e instanceof CancellationException) {
                throw e;
            }
            // a damaged page: keep what was read of it, go on with the next
            damagedPages.add(getCurrentPageNo());
            damageCauses.add("page " + getCurrentPageNo() + ": " + e);
            if (pageOpen) {
                finishPage();
            }
        }
    }

    @Override
    protected void startPage(PDPage page) {
        checkClock();
        pageNumber = getCurrentPageNo();
        pageOpen = true;
        crop = page.getCropBox();
        glyphs.clear();
        directions.clear();
        seen.clear();
        rulings.takeSegments();
        drawn = 0;
        unmapped = 0;
    }

    @Override
    protected void writePage() {
        // the stripper's own line building is not used: rows and cells come from geometry (PageLayout)
    }

    @Override
    protected void endPage(PDPage page) {
        finishPage();
    }

    private void finishPage() {
        pageOpen = false;
        int direction = dominantDirection();
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (int i = 0; i < glyphs.size(); i++) {
            if (directions.get(i) == direction) {
                kept.add(glyphs.get(i));
            }
        }
        PageFrame frame = new PageFrame(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(),
                crop.getHeight(), direction);
        List<Ruling> lines = frame.rulings(rulings.takeSegments());
        pages.add(PageLayout.of(pageNumber, frame.frameHeight(), kept, lines, drawn, unmapped));
    }

    private int dominantDirection() {
        int[] counts = new int[4];
        for (int d : directions) {
            counts[d / 90]++;
        }
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best * 90;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        drawn++;
        // a simple font falls back to the code as a character; a composite one without a map yields nothing
        if (!(font instanceof PDSimpleFont) && font.toUnicode(code) == null) {
            unmapped++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isBlank()) {
            return; // spaces are read from the gaps between glyphs
        }
        float x0 = t.getXDirAdj();
        float width = t.getWidthDirAdj();
        float baseline = t.getYDirAdj();
        float height = t.getHeightDir();
        if (!(height > 0) || Float.isNaN(x0) || Float.isNaN(baseline)) {
            height = Math.max(1f, t.getFontSizeInPt() * 0.7f);
        }
        if (!(width > 0)) {
            width = height * 0.5f;
        }
        if (t.getFont() != null && t.getFont().isVertical()) {
            // vertical writing (Identity-V): PDFBox reports the vertical advance as the width; a glyph is one em wide
            width = Math.min(width, Math.max(height, t.getFontSizeInPt()));
        }
        if (isDuplicate(text, x0, baseline)) {
            return; // fake bold: the same glyph drawn again a fraction of a point away
        }
        String glyphText = RadicalForms.unify(normalizeSpaces(text));
        if (glyphText.isEmpty()) {
            return; // a no-break space (Chromium prints &nbsp; cells as one): a gap, not a character
        }
        glyphs.add(new Glyph(x0, x0 + width, baseline - height, baseline, glyphText));
        int dir = Math.round(t.getDir()) % 360;
        directions.add(dir == 90 || dir == 180 || dir == 270 ? dir : 0);
    }

    private static String normalizeSpaces(String text) {
        return text.indexOf('\u00A0') >= 0 ? text.replace('\u00A0', ' ').strip() : text;
    }

    private boolean isDuplicate(String text, float x, float y) {
        int cx = Math.round(x);
        int cy = Math.round(y);
        int h = text.hashCode();
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                if (seen.contains(key(h, cx + dx, cy + dy))) {
                    return true;
                }
            }
        }
        seen.add(key(h, cx, cy));
        return false;
    }

    private static long key(int hash, int x, int y) {
        return ((long) hash << 32) ^ ((long) (x & 0xFFFF) << 16) ^ (y & 0xFFFF);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CLOCK_EVERY == 0) {
            checkClock();
        }
        super.processOperator(operator, operands);
    }

    private void checkClock() {
        Cancellation.check(); // the parse's deadline, or its thread interrupted by a batch that gave up on it
        if (System.nanoTime() - deadline > 0) {
            throw new TimeLimitReached();
        }
    }

    /** Pages in document order (a page without content is never started: it gets an empty entry). */
    static List<PageContent> complete(List<PageContent> pages, int count) {
        List<PageContent> out = new ArrayList<>(count);
        pages.sort(Comparator.comparingInt(p -> p.page));
        int i = 0;
        for (int n = 1; n <= count; n++) {
            if (i < pages.size() && pages.get(i).page == n) {
                out.add(pages.get(i++));
            } else {
                out.add(new PageContent(n, 842, List.of(), 0, 0));
            }
        }
        return out;
    }
}
