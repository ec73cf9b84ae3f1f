package io.github.ogireport.extract.image;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.RecognisedLines;
import io.github.ogireport.document.WideText;
import io.github.ogireport.extract.layout.Glyph;
import io.github.ogireport.extract.layout.PageContent;
import io.github.ogireport.extract.layout.PageLayout;
import io.github.ogireport.extract.layout.Ruling;
import io.github.ogireport.extract.layout.TableFragment;
import io.github.ogireport.extract.layout.TextLine;
import io.github.ogireport.extract.layout.TimeLimitReached;
import io.github.ogireport.extract.ocr.OcrEngine;
import io.github.ogireport.extract.ocr.OcrWord;
import io.github.ogireport.model.OcrConfidence;
import io.github.ogireport.model.OcrMode;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.document.Cancellation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pages that have no usable text layer with the {@link OcrEngine}: each page image is straightened, its
 * table lines found ({@link PageImage}), and the characters recognised become glyphs in page coordinates, so that
 * lines, ruled and unruled tables are rebuilt exactly as on a text page ({@link PageLayout}). Each table cell gets
 * the lowest confidence of the characters it was read from; the cells go with their blocks to the tokenizer, which
 * marks the values it reads from them as recognised ({@code how: OCR}, {@code confidence}).
 *
 * <p>Public (with the members they use) for {@code extract.pdf}; not API.
 */
public final class ScannedPages {
    /** Pages are rendered at this resolution: 300 dpi reads small digits best (measured: see the README). */
    static final float DPI = 300;
    /** One page may take at most this long in the recogniser, within the document's own time limit. */
    static final long PAGE_NANOS = 30_000_000_000L;

    /** What the recogniser makes of a remnant of a table line; no report prints these characters alone. */
    private static final java.util.Set<String> LINE_MARKS = java.util.Set.of("|", "[", "]", "丨", "_", "‖");
    /** The advance of a digit, as a share of its height. */
    private static final float DIGIT_WIDTH = 0.55f;

    /**
     * A page scanned more coarsely than this many dots per inch is not read: at 60 dpi a Chinese character is some
     * ten pixels high, and what the recogniser makes of it is noise that even changes from run to run (measured on
     * testdata/bad/image-only.pdf: 1,400 characters in one run, none in another).
     */
    static final float MIN_SOURCE_DPI = 100;

    /** Renders page {@code index} (0-based) as an image at {@code dpi}. */
    public interface Renderer {
        /** The page image, or an exception when it cannot be drawn. */
        BufferedImage render(int index, float dpi) throws IOException;

        /** The resolution the page was scanned at, where its image tells it; NaN when unknown. */
        default float sourceDpi(int index) {
            return Float.NaN;
        }
    }

    private final Map<String, Double> cellConfidence = new IdentityHashMap<>();
    /** The other reader's reading of a table cell's number the readers disagreed on, by the cell's text. */
    private final Map<String, String> cellAlternative = new IdentityHashMap<>();
    private final List<String> ocrLines = new ArrayList<>();
    private final List<Integer> read = new ArrayList<>();
    /** Pages whose recognition stopped at the page's time limit. */
    private final List<Integer> cut = new ArrayList<>();
    /** Pages scanned too coarsely to be read, with the resolution of the coarsest. */
    private final List<Integer> coarse = new ArrayList<>();
    private float coarsestDpi = Float.MAX_VALUE;
    private final RecognisedLines lines = new RecognisedLines();
    private double confidenceSum;
    private long characters;
    private String missing;
    /** Whether some page kept its own text layer (a typed report with a scanned table appended). */
    private boolean textPages;

    private ScannedPages() {
    }

    /** Whether a page's text layer is unusable: nothing drawn, or nothing that maps to a character. */
    static boolean scanned(PageContent p) {
        return p.glyphs == 0 || p.unmapped >= p.glyphs;
    }

    /**
     * Reads the pages that need it (all with {@link OcrMode#FORCE}) by OCR, replacing them in {@code pages}.
     *
     * @param deadline the document's {@link System#nanoTime()} deadline
     */
    public static ScannedPages read(List<PageContent> pages, Renderer renderer, OcrMode mode, long deadline)
            throws IOException {
        ScannedPages s = new ScannedPages();
        if (mode == OcrMode.OFF) {
            if (pages.stream().anyMatch(ScannedPages::scanned)) {
                s.missing = "OCR is switched off (--ocr off)";
            }
            return s;
        }
        for (int i = 0; i < pages.size(); i++) {
            PageContent p = pages.get(i);
            if (mode != OcrMode.FORCE && !scanned(p)) {
                s.textPages = true;
                continue;
            }
            // a scan too coarse to read is said to be so, engine or not
            float source = renderer.sourceDpi(i);
            if (source < MIN_SOURCE_DPI) {
                s.coarse.add(p.page);
                s.coarsestDpi = Math.min(s.coarsestDpi, source);
                continue;
            }
            if (s.missing == null) {
                s.missing = OcrEngines.missing();
            }
            if (s.missing != null) {
                return s;
            }
            Cancellation.check();
            if (System.nanoTime() - deadline > 0) {
                throw new TimeLimitReached();
            }
            pages.set(i, s.page(p.page, renderer.render(i, DPI), DPI, deadline));
        }
        if (s.read.isEmpty() && !s.coarse.isEmpty()) {
            s.missing = s.coarseness();
        }
        return s;
    }

    private String coarseness() {
        return "scanned at about " + Math.round(coarsestDpi) + " dpi, too coarse for OCR (" + Math.round(MIN_SOURCE_DPI)
                + " dpi at least)";
    }

    /** Reads one page image; {@code number} is its 1-based page number. */
    private PageContent page(int number, BufferedImage rendered, float dpi, long deadline) {
        PageImage img = PageImage.of(rendered, dpi);
        long pageDeadline = Math.min(deadline, System.nanoTime() + PAGE_NANOS);
        Map<OcrWord, String> alternatives = new IdentityHashMap<>();
        List<OcrWord> words = recognise(img, pageDeadline, alternatives);
        if (System.nanoTime() - deadline > 0) {
            throw new TimeLimitReached();
        }
        if (System.nanoTime() - pageDeadline > 0) {
            cut.add(number);
        }
        float scale = 72f / dpi;
        List<Glyph> glyphs = new ArrayList<>(words.size());
        Map<Glyph, Double> confidence = new IdentityHashMap<>();
        Map<Glyph, String> glyphAlternatives = new IdentityHashMap<>();
        for (OcrWord w : words) {
            String text = w.text().strip();
            if (text.isEmpty() || LINE_MARKS.contains(text)) {
                continue; // a table line the erasing missed
            }
            // a box holds the ink only; a narrow character (1, a point) is given the width of a digit's advance,
            // so that the gaps within a number stay narrower than a space, as between a PDF's glyphs
            float x0 = w.x0();
            float x1 = w.x1();
            float minWidth = DIGIT_WIDTH * (w.bottom() - w.top());
            if (text.length() == 1 && !WideText.isWide(text.charAt(0)) && x1 - x0 < minWidth) {
                float mid = (x0 + x1) / 2;
                x0 = mid - minWidth / 2;
                x1 = mid + minWidth / 2;
            }
            Glyph g = new Glyph(x0 * scale, x1 * scale, w.top() * scale, w.bottom() * scale, text);
            glyphs.add(g);
            confidence.put(g, w.confidence());
            if (alternatives.containsKey(w)) {
                glyphAlternatives.put(g, alternatives.get(w));
            }
            confidenceSum += w.confidence();
            characters++;
        }
        List<Ruling> rulings = new ArrayList<>(img.rulings.size());
        for (Ruling r : img.rulings) {
            rulings.add(new Ruling(r.horizontal(), r.at() * scale, r.from() * scale, r.to() * scale));
        }
        PageContent content = PageLayout.of(number, img.image.getHeight() * scale, glyphs, rulings, glyphs.size(), 0);
        if (!glyphs.isEmpty()) {
            read.add(number);
        }
        for (int at = 0; at < content.items.size(); at++) {
            Object item = content.items.get(at);
            if (item instanceof TableFragment f) {
                for (TableFragment.Cell c : f.cells) {
                    if (!c.text().isBlank()) {
                        cellConfidence.put(c.text(), cellConfidence(c, glyphs, confidence));
                        String other = cellAlternative(c, glyphAlternatives);
                        if (other != null) {
                            cellAlternative.put(c.text(), other);
                        }
                    }
                }
            } else if (item instanceof TextLine l) {
                List<String> texts = l.glyphs().stream().map(Glyph::text).toList();
                List<Double> sure = l.glyphs().stream().map(g -> confidence.getOrDefault(g, 0.0)).toList();
                TextLine kept = l;
                List<String> rereadings = List.of();
                if (l.text().length() <= NAME_LINE && NAMES.matcher(l.text()).find()) {
                    java.awt.Rectangle box = box(l, scale);
                    sure = confirmLine(img, box, texts, sure, pageDeadline);
                    PrintedLabels.TitleWord w = PrintedLabels.titleWordMisread(texts, sure);
                    kept = w == null ? l : withTitleWord(l, w);
                    if (kept != l) {
                        // the template's word, not a reading: sure, so that it casts no doubt on the title
                        content.items.set(at, kept);
                        texts = kept.glyphs().stream().map(Glyph::text).toList();
                        sure = new ArrayList<>(sure);
                        sure.set(w.piece(), 1.0);
                    }
                    // the title is on the first page read; its place names are what the rereadings are for
                    if (read.size() == 1 && l.text().length() <= TITLE_LINE && TITLE.matcher(l.text()).find()
                            && unsurePlace(texts, sure)) {
                        rereadings = reread(img, box, pageDeadline);
                    }
                }
                lines.add(texts, sure, rereadings);
                if (kept.text().length() >= 4) {
                    ocrLines.add(kept.text());
                }
            }
        }
        return content;
    }

    /** The line with the title's template word put right in its glyph; the line as it is where that regroups it. */
    private static TextLine withTitleWord(TextLine line, PrintedLabels.TitleWord w) {
        List<Glyph> glyphs = new ArrayList<>(line.glyphs());
        Glyph g = glyphs.get(w.piece());
        glyphs.set(w.piece(), new Glyph(g.x0(), g.x1(), g.top(), g.bottom(), w.printed()));
        List<TextLine> regrouped = TextLine.group(glyphs);
        return regrouped.size() == 1 && regrouped.get(0).glyphs().size() == glyphs.size() ? regrouped.get(0) : line;
    }

    /** A line that may hold the agency's name: the title, the signature. */
    private static final java.util.regex.Pattern NAMES = java.util.regex.Pattern.compile("政府|年度报告|办公室|委员会|局|院");
    /** A title or a signature is one short line; a paragraph is not read again (its time, and its length squared). */
    private static final int NAME_LINE = 60;
    /** A line of a title, printed large: at most this many characters (a sentence is longer). */
    private static final int TITLE_LINE = 40;
    /** A line of a title: its template words, or the end of an agency's name where a title breaks after it. */
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "年度报告|政府信息公开|(政府|办公室|委员会|局|院)$");

    /**
     * The confidences of a line that may name the agency, after a second reading of the line alone at one and a half
     * times the size: a character that the second reading does not read in the same place is doubtful, however
     * sure the first one was (place names are what the recogniser misreads, and it is sometimes sure of a wrong
     * character: 洪泽 → 潜泽); so is the first or last character where ink lies beside it that neither reading made
     * a character of. Title and agency are left out where their characters are doubtful.
     */
    private static List<Double> confirmLine(PageImage img, java.awt.Rectangle box, List<String> texts,
                                            List<Double> sure, long deadline) {
        String again = readAlone(img, box, 1.5f, deadline);
        if (again == null) {
            return sure;
        }
        boolean[] kept = commonCharacters(texts, again);
        // ink just before the first character or after the last is a character neither reading gave (高 of 高坪区)
        int height = box.height;
        int lineTop = box.y;
        int first = box.x;
        int last = box.x + box.width;
        if (img.inked(new java.awt.Rectangle(first - 2 * height, lineTop, 2 * height - 2, height), height)) {
            kept[0] = false;
        }
        if (img.inked(new java.awt.Rectangle(last + 2, lineTop, 2 * height - 2, height), height)) {
            kept[kept.length - 1] = false;
        }
        List<Double> out = new ArrayList<>(sure.size());
        for (int i = 0; i < sure.size(); i++) {
            out.add(kept[i] ? sure.get(i) : 0.0);
        }
        return out;
    }

    /**
     * The heights, in pixels, at which a doubtful title line is read again. A title is printed large (60 pixels and
     * more at 300 dpi), and that is where the recogniser misread place names; on the titles of OcrBench's scans read
     * at ten heights from 18 to 56 pixels, these read them right most often (lo-docx-2021: 山山 at 63 pixels, 岚山 at
     * each of these; hongze-2023: 洪泽 at four of these, at none of 42, 48 and 56).
     */
    private static final int[] REREAD_HEIGHTS = {18, 21, 24, 27, 30, 33, 36};

    /**
     * The line in {@code box} read again on its own at each of {@link #REREAD_HEIGHTS}: for
     * {@link RecognisedLines#reread}.
     */
    private static List<String> reread(PageImage img, java.awt.Rectangle box, long deadline) {
        if (box.height < 4) {
            return List.of();
        }
        List<String> readings = new ArrayList<>(REREAD_HEIGHTS.length);
        for (int height : REREAD_HEIGHTS) {
            String r = readAlone(img, box, height / (float) box.height, deadline);
            if (r == null) {
                return List.of();
            }
            readings.add(r);
        }
        return readings;
    }

    /** Whether a character read unsurely stands before the end of a place's name in the line. */
    private static boolean unsurePlace(List<String> texts, List<Double> sure) {
        boolean unsure = false;
        for (int i = 0; i < texts.size(); i++) {
            unsure |= sure.get(i) < RecognisedLines.DOUBT;
            if (unsure && texts.get(i).chars().anyMatch(c -> RecognisedLines.PLACE_ENDS.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** A line's box in the page image's pixels. */
    private static java.awt.Rectangle box(TextLine line, float scale) {
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Glyph g : line.glyphs()) {
            x0 = Math.min(x0, g.x0());
            x1 = Math.max(x1, g.x1());
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
        }
        int left = Math.round(x0 / scale);
        int up = Math.round(top / scale);
        return new java.awt.Rectangle(left, up, Math.round(x1 / scale) - left, Math.round(bottom / scale) - up);
    }

    /**
     * What the recogniser reads in a line's box alone (with half its height of margin), drawn {@code factor} times
     * as large; null where the box is too small to draw.
     */
    private static String readAlone(PageImage img, java.awt.Rectangle box, float factor, long deadline) {
        int pad = box.height / 2;
        int left = Math.max(0, box.x - pad);
        int up = Math.max(0, box.y - pad);
        int right = Math.min(img.image.getWidth(), box.x + box.width + pad);
        int down = Math.min(img.image.getHeight(), box.y + box.height + pad);
        int w = Math.round((right - left) * factor);
        int h = Math.round((down - up) * factor);
        if (right - left < 2 || down - up < 2 || w < 2 || h < 2) {
            return null;
        }
        BufferedImage drawn = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = drawn.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img.image.getSubimage(left, up, right - left, down - up), 0, 0, w, h, null);
        g.dispose();
        StringBuilder read = new StringBuilder();
        for (OcrWord word : OcrEngines.engine().read(drawn, deadline)) {
            read.append(word.text().strip());
        }
        return read.toString();
    }

    /** The pieces' text joined, and in {@code owner} for each of its characters the index of its piece. */
    private static String spell(List<String> pieces, List<Integer> owner) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String t = pieces.get(i);
            b.append(t);
            for (int k = 0; k < t.length(); k++) {
                owner.add(i);
            }
        }
        return b.toString();
    }

    /** Which of the first reading's pieces are in a longest common subsequence of the two readings' characters. */
    private static boolean[] commonCharacters(List<String> first, String second) {
        List<Integer> owner = new ArrayList<>();
        String a = spell(first, owner);
        int n = a.length();
        int m = second.length();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == second.charAt(j) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] kept = new boolean[first.size()];
        java.util.Arrays.fill(kept, true);
        boolean[] inCommon = new boolean[n];
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (a.charAt(i) == second.charAt(j)) {
                inCommon[i++] = true;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!inCommon[i]) {
                kept[owner.get(i)] = false;
            }
        }
        return kept;
    }

    /** Blank space around and between the cells of a {@link #recognise} sheet, in pixels. */
    private static final int SHEET_GAP = 24;
    /** A cell with fewer pixels of ink than this is blank (a speck). */
    private static final int CELL_INK = 12;
    /**
     * The ink pixels (at 300 dpi) of a cell read as nothing that is looked at again for a digit: a lone digit has
     * some 150 or more; a smudge in a printed blank cell, which a reader held to digits would read as one, fewer.
     */
    private static final int GLYPH_INK = 60;
    /** A whole number as the readers give it: unsigned digits. */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("\\d{1,9}");

    /**
     * The characters of a page: the ruled tables' cells recognised apart from the rest, stacked one under the other
     * on a sheet with blank space between them (one recogniser run for all of them, and each cell is its own lines
     * of text: no lone digit lost in the grid, no line read as a character); the page outside the tables in a second
     * run. Cells that seem to hold a number (no more than one Chinese character read, no unit) are read again by the
     * engine's recogniser for digits, whose reading replaces the first where it is a plain number: the Chinese model
     * reads a lone {@code 2} as {@code 了} and {@code 0} as {@code U}. The boxes are given back in the page image's
     * pixels.
     */
    private static List<OcrWord> recognise(PageImage img, long deadline, Map<OcrWord, String> alternatives) {
        OcrEngine engine = OcrEngines.engine();
        List<java.awt.Rectangle> cells = new ArrayList<>();
        for (java.awt.Rectangle r : img.cells) {
            if (img.inked(r, CELL_INK)) {
                cells.add(r);
            }
        }
        if (img.cells.isEmpty()) {
            return engine.read(img.image, deadline);
        }
        BufferedImage rest = new BufferedImage(img.image.getWidth(), img.image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = rest.createGraphics();
        g.drawImage(img.image, 0, 0, null);
        g.setColor(java.awt.Color.WHITE);
        for (java.awt.Rectangle r : img.cells) {
            g.fillRect(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
        }
        g.dispose();
        List<OcrWord> out = new ArrayList<>(engine.read(rest, deadline));
        if (cells.isEmpty()) {
            return out;
        }
        List<List<OcrWord>> read = Sheet.of(img.image, cells).read(engine::read, deadline);
        // the recogniser now and then passes over a cell of the sheet (a label, a lone digit): read those again
        readCellsAgain(img.image, cells, read, (cell, reading) -> reading.isEmpty(), engine::read,
                (first, again) -> again, deadline);
        read.replaceAll(PrintedLabels::correct);
        read.replaceAll(CellReadings::withoutMarks);
        // the words of the first reading that the digit reader's leaves in place: where it read no number
        Set<OcrWord> oneReader = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        read.forEach(oneReader::addAll);
        readCellsAgain(img.image, cells, read, (cell, reading) -> seemsNumber(reading), engine::readNumbers,
                (first, again) -> CellReadings.choose(first, again, alternatives), deadline);
        readCellsApart(img.image, cells, read, (cell, reading) -> CellReadings.noValue(reading), engine::readDigits,
                CellReadings::digitsOnly, deadline);
        // the cells still read as no value, or as nothing where a character's worth of ink is, looked at twice more
        // (CellRetouch): bolder, then at twice the size
        java.util.function.BiPredicate<java.awt.Rectangle, List<OcrWord>> unread = (cell, reading) ->
                CellReadings.noValue(reading) || reading.isEmpty() && img.inked(cell, GLYPH_INK);
        readCellsApart(img.image, cells, read, unread,
                (sheet, until) -> engine.readDigits(CellRetouch.bolder(sheet), until), CellReadings::digitsOnly,
                deadline);
        readCellsApart(img.image, cells, read, unread,
                (sheet, until) -> CellRetouch.readLarger(sheet, 2, large -> engine.readDigits(large, until)),
                CellReadings::digitsOnly, deadline);
        read.replaceAll(CellReadings::lookAlikeDigit);
        secondOpinions(img, cells, read, engine, alternatives, oneReader, deadline);
        read.forEach(out::addAll);
        return out;
    }

    /**
     * Reads the cells whose reading {@code which} picks again, on a sheet of their own, with {@code reader}, and puts
     * in their place what {@code merge} makes of the first reading and the new one.
     */
    private static void readCellsAgain(BufferedImage page, List<java.awt.Rectangle> cells, List<List<OcrWord>> read,
                                       java.util.function.BiPredicate<java.awt.Rectangle, List<OcrWord>> which,
                                       java.util.function.BiFunction<BufferedImage, Long, List<OcrWord>> reader,
                                       java.util.function.BinaryOperator<List<OcrWord>> merge, long deadline) {
        List<java.awt.Rectangle> picked = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (which.test(cells.get(i), read.get(i))) {
                picked.add(cells.get(i));
                at.add(i);
            }
        }
        if (picked.isEmpty()) {
            return;
        }
        List<List<OcrWord>> again = Sheet.of(page, picked).read(reader, deadline);
        for (int k = 0; k < picked.size(); k++) {
            read.set(at.get(k), merge.apply(read.get(at.get(k)), again.get(k)));
        }
    }

    /**
     * A second opinion on each whole number read with a confidence under {@link OcrConfidence#SURE} and no other
     * reading yet, and on each one only the Chinese model read ({@code oneReader}: the digit reader read no number
     * there), however sure: the digits reader on the cell alone made bolder, or at twice its size where bolder it
     * reads no other whole number. A different whole number is put in {@code alternatives}, for the checks to take
     * only where they fail with the first reading and pass with it ({@code validate.OcrCells}); a reading one reader
     * was sure of is then disputed ({@link OcrConfidence#DISPUTED}), as where the first two readers disagree. On the
     * bench's degraded scans this put right misread digits (a 0 read as 8 or 9, a 1 as 7) and the rows they confirmed: 68 cells lost, then
     * 60. The same number read bolder with confidence (every character {@link OcrConfidence#SURE} or over), its
     * characters covering all the ink of the cell, is a third reader agreeing: the number takes that confidence, as
     * where the first two agree (a lone {@code 1}, which the Chinese model reads as {@code ]} and the digits reader as
     * {@code |}, read {@code 1} at 0.99 once bolder; a point read beside it, the speck that made it bolder, left out).
     * A sign or a point the first readers disputed is an other reading already, and ink beside the number more than
     * half a character away (a sign the bolder reading left out) keeps it doubted.
     */
    private static void secondOpinions(PageImage img, List<java.awt.Rectangle> cells, List<List<OcrWord>> read,
                                       OcrEngine engine, Map<OcrWord, String> alternatives, Set<OcrWord> oneReader,
                                       long deadline) {
        for (int i = 0; i < cells.size(); i++) {
            List<OcrWord> reading = read.get(i);
            // a number one reader read alone comes as its digits, each a word (12 read for a printed 15, only the
            // Chinese model giving a number)
            OcrWord number = reading.size() == 1 ? reading.get(0) : CellReadings.oneNumber(reading);
            if (number == null || !WHOLE.matcher(number.text()).matches()
                    || reading.stream().anyMatch(alternatives::containsKey)) {
                continue;
            }
            boolean oneRead = reading.stream().allMatch(oneReader::contains);
            if (number.confidence() >= OcrConfidence.SURE && !oneRead) {
                continue;
            }
            String first = number.text();
            Sheet alone = Sheet.of(img.image, List.of(cells.get(i)));
            List<OcrWord> bold = CellReadings.trimmed(alone.read(
                    (sheet, until) -> engine.readDigits(CellRetouch.bolder(sheet), until), deadline).get(0));
            String other = CellReadings.text(bold);
            if (other.equals(first) && number.confidence() >= OcrConfidence.SURE) {
                continue; // a sure reading of one reader, which the digit reader now reads too
            }
            if (other.equals(first) && bold.stream().allMatch(w -> w.confidence() >= OcrConfidence.SURE)
                    && coversInk(img, cells.get(i), bold)) {
                double sure = bold.stream().mapToDouble(OcrWord::confidence).min().orElseThrow();
                read.set(i, List.of(new OcrWord(first, number.x0(), number.top(), number.x1(), number.bottom(), sure)));
                continue;
            }
            if (!WHOLE.matcher(other).matches() || other.equals(first)) {
                other = CellReadings.text(alone.read((sheet, until) ->
                        CellRetouch.readLarger(sheet, 2, large -> engine.readDigits(large, until)), deadline).get(0));
            }
            if (WHOLE.matcher(other).matches() && !other.equals(first)) {
                // one reader sure of a number the digit reader reads as another: neither is decided
                OcrWord kept = number.confidence() < OcrConfidence.SURE ? number : new OcrWord(number.text(),
                        number.x0(), number.top(), number.x1(), number.bottom(), OcrConfidence.DISPUTED);
                read.set(i, List.of(kept));
                alternatives.put(kept, other);
            }
        }
    }

    /**
     * Whether the characters read cover the ink of the cell from left to right, give or take half a character's
     * height: no mark beside them went unread.
     */
    private static boolean coversInk(PageImage img, java.awt.Rectangle cell, List<OcrWord> words) {
        int[] ink = img.inkColumns(cell);
        if (ink == null || words.isEmpty()) {
            return false;
        }
        int x0 = words.stream().mapToInt(OcrWord::x0).min().orElseThrow();
        int x1 = words.stream().mapToInt(OcrWord::x1).max().orElseThrow();
        int slack = words.stream().mapToInt(w -> w.bottom() - w.top()).max().orElseThrow() / 2;
        return ink[0] >= x0 - slack && ink[1] <= x1 + slack;
    }

    /**
     * As {@link #readCellsAgain}, each cell on a sheet of its own: for the few cells no reading has made a value of.
     * The recogniser's reading of a cell changes with the cells beside it on a sheet (it takes a block's lines as
     * one text); read alone, 16 more cells of the bench's degraded scans were read (68 lost instead of 84).
     */
    private static void readCellsApart(BufferedImage page, List<java.awt.Rectangle> cells, List<List<OcrWord>> read,
                                       java.util.function.BiPredicate<java.awt.Rectangle, List<OcrWord>> which,
                                       java.util.function.BiFunction<BufferedImage, Long, List<OcrWord>> reader,
                                       java.util.function.BinaryOperator<List<OcrWord>> merge, long deadline) {
        for (int i = 0; i < cells.size(); i++) {
            if (which.test(cells.get(i), read.get(i))) {
                List<List<OcrWord>> again = Sheet.of(page, List.of(cells.get(i))).read(reader, deadline);
                read.set(i, merge.apply(read.get(i), again.get(0)));
            }
        }
    }

    /** Whether the first reading of a cell may be a misread number: at most one Chinese character, no unit. */
    static boolean seemsNumber(List<OcrWord> words) {
        int han = 0;
        int length = 0;
        for (OcrWord w : words) {
            for (int k = 0; k < w.text().length(); k++) {
                char c = w.text().charAt(k);
                if (c == '万' || c == '元') {
                    return false;
                }
                han += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
                length += Character.isWhitespace(c) ? 0 : 1;
            }
        }
        return han <= 1 && length <= 16;
    }

    /** Cells copied one under the other onto a blank sheet, to be read in one run of the recogniser. */
    private record Sheet(BufferedImage image, List<java.awt.Rectangle> cells, int[] at) {
        static Sheet of(BufferedImage page, List<java.awt.Rectangle> cells) {
            int width = 0;
            int height = SHEET_GAP;
            int[] at = new int[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                width = Math.max(width, cells.get(i).width);
                at[i] = height;
                height += cells.get(i).height + SHEET_GAP;
            }
            BufferedImage sheet = new BufferedImage(width + 2 * SHEET_GAP, height, BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = sheet.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            for (int i = 0; i < cells.size(); i++) {
                java.awt.Rectangle r = cells.get(i);
                g.drawImage(page.getSubimage(r.x, r.y, r.width, r.height), SHEET_GAP, at[i], null);
            }
            g.dispose();
            return new Sheet(sheet, cells, at);
        }

        /** What {@code reader} reads on the sheet, cell by cell, in the page's pixels. */
        List<List<OcrWord>> read(java.util.function.BiFunction<BufferedImage, Long, List<OcrWord>> reader,
                                 long deadline) {
            List<List<OcrWord>> out = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                out.add(new ArrayList<>());
            }
            for (OcrWord w : reader.apply(image, deadline)) {
                int cy = (w.top() + w.bottom()) / 2;
                int i = java.util.Arrays.binarySearch(at, cy);
                i = i >= 0 ? i : -i - 2;
                if (i < 0 || cy > at[i] + cells.get(i).height) {
                    continue;
                }
                java.awt.Rectangle r = cells.get(i);
                int dx = r.x - SHEET_GAP;
                int dy = r.y - at[i];
                out.get(i).add(new OcrWord(w.text(), w.x0() + dx, w.top() + dy, w.x1() + dx, w.bottom() + dy,
                        w.confidence()));
            }
            return out;
        }
    }

    /**
     * The lowest confidence of the characters a cell was read from: those inside the cell whose line spells the
     * cell's text. NaN when the characters cannot be found.
     */
    private static double cellConfidence(TableFragment.Cell c, List<Glyph> glyphs, Map<Glyph, Double> confidence) {
        String key = c.text().replaceAll("\\s+", "");
        List<Glyph> column = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (inside(g, c)) {
                column.add(g);
            }
        }
        double low = Double.NaN;
        for (TextLine line : TextLine.group(column)) {
            List<Glyph> gs = line.glyphs();
            List<Integer> owner = new ArrayList<>();
            String s = spell(gs.stream().map(Glyph::text).toList(), owner);
            for (int at = s.indexOf(key); at >= 0 && !key.isEmpty(); at = s.indexOf(key, at + 1)) {
                for (int k = at; k < at + key.length(); k++) {
                    double v = confidence.get(gs.get(owner.get(k)));
                    low = Double.isNaN(low) ? v : Math.min(low, v);
                }
            }
        }
        return low;
    }

    /** Whether a glyph's centre lies in a cell, give or take a point. */
    private static boolean inside(Glyph g, TableFragment.Cell c) {
        return g.centerX() >= c.x0() - 1 && g.centerX() <= c.x1() + 1 && g.centerY() >= c.top() - 1
                && g.centerY() <= c.bottom() + 1;
    }

    /**
     * The other reading of a cell's number, where the cell is that one number as kept (its one glyph) and the
     * readers disagreed on it; else null.
     */
    private static String cellAlternative(TableFragment.Cell c, Map<Glyph, String> alternatives) {
        if (alternatives.isEmpty()) {
            return null;
        }
        for (Map.Entry<Glyph, String> e : alternatives.entrySet()) {
            if (inside(e.getKey(), c) && e.getKey().text().equals(c.text().strip())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Null when every page that needed OCR got it; else why it could not run. */
    public String missing() {
        return missing;
    }

    /** {@code all} when every page with text was read by OCR, {@code some} when some were, else empty. */
    public java.util.Optional<String> recognised() {
        return read.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(textPages ? "some" : "all");
    }

    /** The lines of text read by OCR, for {@link ExtractedDocument#RECOGNISED_LINES}; empty when none. */
    public java.util.Optional<String> lines() {
        return lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(lines.encode());
    }

    /** The 1-based numbers of the pages read by OCR. */
    public List<Integer> pages() {
        return read;
    }

    /**
     * The blocks with the confidence of each cell that came from a recognised page: a table cell its own (NaN when
     * its characters could not be traced), a paragraph NaN (it is not a cell; a value the table reader takes
     * from it is doubted unless a check confirms it). Blocks of text pages are left as they are.
     */
    public List<Block> attach(List<Block> blocks) {
        if (read.isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            List<Double> conf = new ArrayList<>(b.cells().size());
            List<String> other = new ArrayList<>(b.cells().size());
            boolean recognised = !textPages;
            for (String cell : b.cells()) {
                Double v = cellConfidence.get(cell);
                recognised |= v != null;
                conf.add(v == null ? Double.NaN : v);
                other.add(cellAlternative.getOrDefault(cell, ""));
            }
            if (!recognised && !b.row()) {
                String text = b.text();
                recognised = ocrLines.stream().anyMatch(text::contains);
            }
            out.add(recognised ? new Block(b.cells(), b.row(), b.covered(), conf, other) : b);
        }
        return out;
    }

    /** The report-level warning: which pages were recognised and how sure the recogniser was on average. */
    public List<Warning> warnings() {
        return warnings("pages", "pages " + read + " have no text layer and were read by OCR");
    }

    /**
     * The report-level warnings, naming what was read ({@code pages}, or the {@code pictures} of a Word file).
     *
     * @param what what the numbers count
     * @param read what the OCR warning's message starts with
     */
    List<Warning> warnings(String what, String read) {
        List<Warning> out = new ArrayList<>();
        if (!this.read.isEmpty()) {
            out.add(new Warning(WarningCode.OCR_USED, what + " " + this.read, read + " (" + characters
                    + " characters, mean confidence " + String.format(Locale.ROOT, "%.3f", meanConfidence())
                    + "): values read with low confidence and confirmed by no passing check are null"));
        }
        if (!coarse.isEmpty() && !this.read.isEmpty()) {
            out.add(new Warning(WarningCode.OCR_INCOMPLETE, what + " " + coarse, what + " " + coarse + " were not read: "
                    + coarseness()));
        }
        if (!cut.isEmpty()) {
            out.add(new Warning(WarningCode.OCR_INCOMPLETE, what + " " + cut, "the recognition of " + what + " " + cut
                    + " stopped at the time limit of " + PAGE_NANOS / 1_000_000_000L + " s a page: what they hold "
                    + "beyond what was read is missing (a busy machine reads slower: run again with fewer threads)"));
        }
        return out;
    }

    /** The mean confidence of the characters read, 0–1. */
    double meanConfidence() {
        return characters == 0 ? 0 : confidenceSum / characters;
    }
}
