package io.github.ogireport.extract.html;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.document.CellText;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.document.LimitExceeded;
import io.github.ogireport.document.TableGrid;
import io.github.ogireport.extract.charset.DecodedText;
import io.github.ogireport.extract.charset.TextDecoder;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Limits;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an HTML page (a saved CMS page, a Word "save as web page" export, or a bare fragment) into blocks:
 * block-level text as paragraphs, data tables as rows of a span-aware grid (see {@link HtmlTable}). Scripts,
 * styles, navigation and footers are left out; {@code <title>} and the TRS-style {@code ArticleTitle} and
 * {@code PubDate} meta tags are kept as document properties.
 */
public final class HtmlExtractor {
    /**
     * A charset declaration. The attribute run before {@code charset} is bounded: unbounded, every {@code <meta}
     * of a page of unclosed {@code <meta<meta<meta…} would scan to the end of the window (quadratic).
     */
    private static final Pattern DECLARED = Pattern.compile(
            "<meta\\b[^<>]{1,1024}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int DECLARATION_WINDOW = 64 * 1024;
    private static final Evaluator NAMED_META = QueryParser.parse("meta[name]");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "select", "button", "object", "embed", "head", "map", "audio", "video", "canvas");
    /** class or id words of page chrome: navigation, footers, share bars. */
    private static final Pattern CHROME = Pattern.compile(
            "(^|[\\s_\\-])(footer|foot|bottom|copyright|nav|navbar|menu|breadcrumb|crumbs?|share|bdsharebuttonbox|sidebar|toolbar|topbar)([\\s_\\-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "section", "article", "header", "footer", "main", "aside", "blockquote", "pre", "center",
            "form", "fieldset", "address", "figure", "figcaption", "caption", "body", "html", "hr", "tbody", "thead");

    private HtmlExtractor() {
    }

    /** Reads a page within the default limits. */
    public static ExtractedDocument extract(byte[] bytes) {
        return extract(bytes, Limits.DEFAULT);
    }

    /**
     * Decodes the page (charset chosen as {@link TextDecoder} explains, after the page's own declaration) and reads
     * it. jsoup keeps the tree no deeper than {@link Limits#maxDepth()} (deeper elements become siblings at that
     * depth), and the walk over it is iterative, so a page nested 200,000 deep neither overflows the stack nor
     * loses its text.
     *
     * @throws LimitExceeded when the page has more blocks than {@link Limits#maxBlocks()}
     */
    public static ExtractedDocument extract(byte[] bytes, Limits limits) {
        DecodedText decoded = TextDecoder.decode(bytes, declaredCharset(bytes));
        Cancellation.check();
        Document doc = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setMaxDepth(limits.maxDepth()));
        Cancellation.check();
        Map<String, String> properties = properties(doc);
        Element root = doc.body() == null ? doc : doc.body();
        Walker walker = new Walker(limits);
        walker.walk(root);
        if (walker.deepest + BODY_DEPTH >= limits.maxDepth()) {
            walker.warnings.add(new Warning(WarningCode.LIMIT_REACHED, "page", "the page nests elements "
                    + limits.maxDepth() + " deep, the limit: deeper elements were read as if they were less deep"));
        }
        return new ExtractedDocument(Format.HTML, walker.blocks, decoded.charset(), decoded.reason(), properties, null,
                walker.warnings);
    }

    /** How deep {@code <body>} sits in jsoup's open-element stack: under {@code <html>}. */
    private static final int BODY_DEPTH = 2;

    /** The charset a {@code <meta>} in the first 64 KB declares, or null. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        // the first match, as find() would give it, but tried only where "<meta" stands and is followed by an
        // attribute character, as the pattern requires: find() tries it at every character of the window
        int end = head.length();
        for (int i = head.indexOf('<'); i >= 0 && i + 5 < end; i = head.indexOf('<', i + 1)) {
            char next = head.charAt(i + 5);
            if (next != '<' && next != '>' && head.regionMatches(true, i + 1, "meta", 0, 4)
                    && m.region(i, end).lookingAt()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static Map<String, String> properties(Document doc) {
        Map<String, String> p = new HashMap<>();
        Elements metas = doc.select(NAMED_META);
        String title = meta(metas, "ArticleTitle");
        String pageTitle = title == null ? doc.title() : "";
        if (title == null && !pageTitle.isBlank()) {
            // "<report title>_<site name>" or "<report title>-<site name>": the report comes first
            title = pageTitle.split("[_|]| - ")[0].strip();
        }
        if (title != null) {
            p.put(ExtractedDocument.TITLE, title);
        }
        String date = meta(metas, "PubDate");
        if (date == null) {
            date = meta(metas, "publishdate");
        }
        if (date != null) {
            p.put(ExtractedDocument.PUBLISH_DATE, date);
        }
        return p;
    }

    /** The content of the first of the {@code <meta name>} elements with this name and some content, or null. */
    private static String meta(Elements metas, String name) {
        for (Element m : metas) {
            if (m.attr("name").equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        return null;
    }

    static boolean isChrome(Element e) {
        String tag = e.normalName();
        if (DROPPED.contains(tag) || tag.equals("nav")) {
            return true;
        }
        String className = e.className();
        String id = e.id();
        if (className.isEmpty() && id.isEmpty()) {
            return false; // most elements: no string to build and match
        }
        String words = className + " " + id;
        return !words.isBlank() && CHROME.matcher(words).find();
    }

    /** Walks the DOM without recursion (pages nest deeply), collecting paragraphs and tables in reading order. */
    private static final class Walker implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private final int maxCells;
        private final int maxBlocks;
        private int tables;
        private int nodes;
        int deepest;

        Walker(Limits limits) {
            this.maxCells = limits.maxCellsPerTable();
            this.maxBlocks = limits.maxBlocks();
        }

        void walk(Element root) {
            NodeTraversor.filter(this, root);
            flush();
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if ((++nodes & 1023) == 0) {
                Cancellation.check();
            }
            deepest = Math.max(deepest, depth);
            if (node instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (isChrome(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = e.normalName();
                List<Element> rows = tag.equals("table") ? HtmlTable.dataRows(e) : null;
                if (rows != null) {
                    flush();
                    tables++;
                    TableGrid grid = HtmlTable.grid(rows, maxCells);
                    for (List<String> row : grid.rows()) {
                        add(Block.row(row));
                    }
                    if (grid.truncated()) {
                        warnings.add(grid.warning("table " + tables));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br") || tag.equals("tr") || BLOCKS.contains(tag)) {
                    flush();
                } else if (tag.equals("td") || tag.equals("th")) {
                    line.append(' ');
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("tr"))) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        private void flush() {
            String text = CellText.clean(line.toString());
            line.setLength(0);
            if (!text.isEmpty()) {
                add(Block.paragraph(text));
            }
        }

        private void add(Block block) {
            blocks.add(block);
            LimitExceeded.checkBlocks(blocks.size(), maxBlocks);
        }
    }
}
