package io.github.ogireport;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.document.LimitExceeded;
import io.github.ogireport.document.RecognisedLines;
import io.github.ogireport.extract.Extractors;
import io.github.ogireport.extract.FormatDetector;
import io.github.ogireport.extract.text.TextExtractor;
import io.github.ogireport.grid.TableBuilder;
import io.github.ogireport.grid.Tables;
import io.github.ogireport.grid.TemplateDetector;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Limits;
import io.github.ogireport.model.OcrMode;
import io.github.ogireport.model.PageStats;
import io.github.ogireport.model.ReportError;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Source;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.text.ChineseScript;
import io.github.ogireport.text.DocumentText;
import io.github.ogireport.text.FoundSection;
import io.github.ogireport.text.Metadata;
import io.github.ogireport.text.MetadataReader;
import io.github.ogireport.text.PageFurniture;
import io.github.ogireport.text.RecognisedPlaceName;
import io.github.ogireport.text.SectionFinder;
import io.github.ogireport.validate.ArithmeticChecks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

/**
 * Parses OGI annual reports into {@link AnnualReport}s. Immutable and thread-safe: build one and let any number of
 * threads use it.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.builder()
 *         .limits(Limits.DEFAULT.withTimeout(Duration.ofSeconds(10)))
 *         .ocr(OcrMode.OFF)
 *         .build();
 * AnnualReport report = parser.parse(Path.of("report.txt"));
 * CellValue granted = report.cell(RequestRow.GRANTED, RequestColumn.TOTAL);
 * }</pre>
 *
 * <p>{@link #parse(Path)} throws {@link ReportReadException} when the file cannot be read at all;
 * {@link #parseOrFailed(Path)} turns that, and any defect of the parser on one file, into a report with status
 * {@link Status#FAILED}, for batch use. {@link io.github.ogireport.export.ReportJson} writes a report as the JSON of
 * the output contract (docs/FORMAT.md, Part B).
 */
public final class ReportParser {
    /** Files larger than this are refused rather than read into memory: {@link Limits#DEFAULT}'s size limit. */
    public static final long DEFAULT_MAX_BYTES = Limits.DEFAULT.maxBytes();

    private final Limits limits;
    private final long maxBytes;
    private final OcrMode ocr;

    /** A parser with the default limits ({@link Limits#DEFAULT}) and OCR where needed: {@code builder().build()}. */
    public ReportParser() {
        this(builder());
    }

    /**
     * A parser with the default limits, except that it refuses files larger than {@code maxBytes}.
     *
     * @param maxBytes the most bytes a file may have
     * @deprecated use {@code builder().limits(Limits.DEFAULT.withMaxBytes(maxBytes)).build()}
     */
    @Deprecated
    public ReportParser(long maxBytes) {
        this(builder().limits(Limits.DEFAULT.withMaxBytes(maxBytes)));
    }

    /**
     * A parser with these limits on what one document may cost (PDFs: pages and time too).
     *
     * @param limits what one document may cost
     * @deprecated use {@code builder().limits(limits).build()}
     */
    @Deprecated
    public ReportParser(Limits limits) {
        this(builder().limits(limits));
    }

    /**
     * A parser with these limits that reads page images by OCR as {@code ocr} says.
     *
     * @param limits what one document may cost
     * @param ocr when page images are read by OCR
     * @deprecated use {@code builder().limits(limits).ocr(ocr).build()}
     */
    @Deprecated
    public ReportParser(Limits limits, OcrMode ocr) {
        this(builder().limits(limits).ocr(ocr));
    }

    private ReportParser(Builder settings) {
        this.limits = settings.limits;
        this.maxBytes = limits.maxBytes();
        this.ocr = java.util.Objects.requireNonNull(settings.ocr, "ocr");
    }

    /**
     * {@return a builder of a parser} Unless told otherwise it applies {@link Limits#DEFAULT} and reads page images by
     * OCR where a page has no text ({@link OcrMode#AUTO}).
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Makes a {@link ReportParser}; not thread-safe, while the parsers it builds are. Each setting may be set again:
     * the last one counts.
     */
    public static final class Builder {
        private Limits limits = Limits.DEFAULT;
        private OcrMode ocr = OcrMode.AUTO;

        private Builder() {
        }

        /**
         * What one document may cost (size, pages, cells, depth, blocks, time).
         *
         * @param limits the limits; {@link Limits#DEFAULT} unless set
         * @return this builder
         */
        public Builder limits(Limits limits) {
            this.limits = java.util.Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * When page images are read by OCR. OCR runs only when the {@code ogi-annual-report-ocr} module is on the
         * class path and Tesseract is installed; {@link OcrMode#OFF} switches it off even then.
         *
         * @param ocr the mode; {@link OcrMode#AUTO} unless set
         * @return this builder
         */
        public Builder ocr(OcrMode ocr) {
            this.ocr = java.util.Objects.requireNonNull(ocr, "ocr");
            return this;
        }

        /** {@return a parser with these settings} */
        public ReportParser build() {
            return new ReportParser(this);
        }
    }

    /** {@return the limits this parser applies to every document} */
    public Limits limits() {
        return limits;
    }

    /** {@return when this parser reads page images by OCR} */
    public OcrMode ocr() {
        return ocr;
    }

    /**
     * Parses a file.
     *
     * @param file the report file
     * @return the report: OK, PARTIAL or NOT_A_REPORT
     * @throws ReportReadException when the file cannot be read at all (corrupt, unsupported, too large, …)
     */
    public AnnualReport parse(Path file) throws ReportReadException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw ReportReadException.tooLarge(name, size, maxBytes);
            }
            return parse(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw ReportReadException.unreadable(name, e);
        }
    }

    /**
     * Parses a stream; the stream is read to its end but not closed.
     *
     * @return the report: OK, PARTIAL or NOT_A_REPORT
     * @param in the document's bytes
     * @param fileName the name to report and to put in error messages
     * @throws ReportReadException when the document cannot be read at all
     */
    public AnnualReport parse(InputStream in, String fileName) throws ReportReadException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ReportReadException(fileName, ErrorType.TOO_LARGE,
                        "the stream has more than the limit of " + maxBytes + " bytes", null);
            }
            return parse(bytes, fileName);
        } catch (IOException e) {
            throw new ReportReadException(fileName, ErrorType.IO, "cannot read the stream: " + e, e);
        }
    }

    /**
     * Parses a file, turning a file that cannot be read into a report with status {@link Status#FAILED}. A defect
     * of the parser on this file (an unexpected exception) is a FAILED report of type {@code INTERNAL_ERROR} too,
     * so that one file never ends a batch.
     *
     * @param file the report file
     * @return the report, FAILED when the file could not be read
     */
    public AnnualReport parseOrFailed(Path file) {
        try {
            return parse(file);
        } catch (ReportReadException e) {
            return failed(e);
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(file.toString(), e, null);
        }
    }

    /**
     * Parses a document already in memory, turning one that cannot be read into a report with status
     * {@link Status#FAILED}; the report's source carries the SHA-256 of the bytes either way (batch resume uses it).
     *
     * @param bytes the document
     * @param name the name to report and to put in error messages
     * @return the report, FAILED when the document could not be read
     */
    public AnnualReport parseOrFailed(byte[] bytes, String name) {
        String sha256 = sha256(bytes);
        try {
            if (bytes.length > maxBytes) {
                throw ReportReadException.tooLarge(name, bytes.length, maxBytes);
            }
            return parse(bytes, name, sha256);
        } catch (ReportReadException e) {
            return failed(e, Source.ofHash(sha256));
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(name, e, sha256);
        }
    }

    private static AnnualReport internalError(String name, Throwable e, String sha256) {
        return failed(ReportReadException.internalError(name, e), sha256 == null ? null : Source.ofHash(sha256));
    }

    /**
     * The FAILED report for an exception, with its cause category and message.
     *
     * @param e why a file could not be read
     * @return a report with status {@link Status#FAILED}
     */
    public static AnnualReport failed(ReportReadException e) {
        return failed(e, null);
    }

    /**
     * The FAILED report for an exception, with its cause category and message, and what is known of the file's
     * source (its hash, or null): the one way core, the command line and the Spark job record a failure.
     *
     * @param e the failure
     * @param source what is known of the file's source, or null
     * @return a report with status {@code FAILED}
     */
    public static AnnualReport failed(ReportReadException e, Source source) {
        return AnnualReport.failed(e.file(), e.format(), new ReportError(e.category(), e.getMessage()), source);
    }

    /**
     * The SHA-256 of some bytes, in lower-case hex.
     *
     * @param bytes any bytes
     * @return their SHA-256 digest as 64 hex digits
     */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private AnnualReport parse(byte[] bytes, String name) throws ReportReadException {
        return parse(bytes, name, sha256(bytes));
    }

    private AnnualReport parse(byte[] bytes, String name, String sha256) throws ReportReadException {
        FormatDetector.Detection detected = FormatDetector.detection(name, bytes);
        // the time limit: a deadline on this thread that the pipeline's loops check (Cancellation)
        Cancellation.Scope deadline = Cancellation.deadline(nanos(limits.timeout()));
        try {
            return parseUncancelled(detected, bytes, name, sha256);
        } catch (ReportReadException e) {
            throw e.inFormat(detected.format());
        } catch (Cancellation.DeadlineExceeded e) {
            throw ReportReadException.timedOut(name, limits.timeout(), e).inFormat(detected.format());
        } catch (CancellationException e) {
            throw new ReportReadException(name, ErrorType.TIMED_OUT,
                    "parsing was stopped: the thread was interrupted (time limit)", e).inFormat(detected.format());
        } catch (LimitExceeded e) {
            throw new ReportReadException(name, ErrorType.TOO_LARGE, e.getMessage(), e)
                    .inFormat(detected.format());
        } finally {
            deadline.close();
        }
    }

    /** A duration in nanoseconds; one too long to count in them (292 years) is no practical limit. */
    private static long nanos(java.time.Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private AnnualReport parseUncancelled(FormatDetector.Detection detected, byte[] bytes, String name, String sha256)
            throws ReportReadException {
        // a text's head, or all of a short one, was decoded by the detector: not decoded twice (plain-text batches
        // are measured by the thousand a second)
        ExtractedDocument doc = detected.format() == Format.TEXT ? TextExtractor.extract(detected.text(bytes), limits)
                : Extractors.of(detected.format()).extract(name, bytes, limits, ocr);
        Cancellation.check();
        ChineseScript.Result script = ChineseScript.normalize(doc.blocks());
        Cancellation.check();
        AnnualReport report = assemble(name, doc.withBlocks(script.blocks()), new Source(doc.charset(),
                doc.charsetReason(), script.traditional(), doc.pageStats(), sha256));
        Cancellation.check(); // a report finished after the limit is TIMED_OUT like any other
        return report;
    }

    private static AnnualReport assemble(String name, ExtractedDocument doc, Source source) {
        List<Block> blocks = doc.blocks();
        if (blocks.isEmpty()) {
            return notAReport(name, doc, source, "the document holds no text");
        }
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        DocumentText text = DocumentText.of(blocks);
        List<FoundSection> found = SectionFinder.find(text);
        int firstSection = found.isEmpty() ? -1 : found.get(0).block();
        // the report ends where the page's footer begins: its print buttons, related links and site footer are not
        // the last section's text, nor rows of its last table
        Footer footer = found.isEmpty() ? Footer.none(blocks) : Footer.after(blocks, found.get(found.size() - 1).block() + 1);
        int end = footer.block();
        String sectionOne = found.isEmpty() || found.get(0).number() != 1 ? "" : rawText(blocks, range(found, 1, end));
        Metadata printed = MetadataReader.read(text, firstSection, sectionOne, doc.properties());
        Metadata meta = recognisedTitle(printed, doc, warnings);

        String norm = text.joined();
        TemplateDetector.Verdict verdict = TemplateDetector.detect(norm, meta.year());
        TemplateVersion template = verdict.template();
        boolean titled = printed.title() != null;

        if (!template.hasTables()) {
            boolean preFormat = meta.year() != null && meta.year() < 2019 || norm.contains("一、概述");
            List<FoundSection> generic = SectionFinder.findGeneric(text);
            if (titled && preFormat && generic.size() >= 2) {
                List<Section> sections = sections(text, generic, Set.of(),
                        Footer.after(blocks, generic.get(generic.size() - 1).block() + 1));
                return new AnnualReport(name, Status.OK, doc.format(), TemplateVersion.PRE_2019, meta.title(),
                        meta.agency(), meta.year(), meta.publishDate(), meta.period(), sections, Map.of(), List.of(),
                        List.of(), warnings, null, source);
            }
            if (!titled && found.size() < 3) {
                return notAReport(name, doc, source, "neither the title nor the sections of an OGI annual report "
                        + "were found");
            }
            // a report by its title or sections whose tables carry no template words: read them as the year's template
            template = meta.year() != null && meta.year() >= 2021 ? TemplateVersion.V2021 : TemplateVersion.V2019;
        }
        if (verdict.mixed()) {
            warnings.add(new Warning(WarningCode.MIXED_TEMPLATE, null,
                    "words of both the 2019 and the 2021 template are present; read as " + template.label()));
        }
        int[] active = tableRange(text, found, 2, end);
        int[] requests = tableRange(text, found, 3, end);
        int[] review = tableRange(text, found, 4, end);
        Tables tables = TableBuilder.build(template, text, active, requests, review, sectionOne);
        if (!titled && meta.agency() == null && meta.year() == null && numbers(tables) < FEWEST_NUMBERS) {
            return notAReport(name, doc, source, "no title, agency or report year, and " + numbers(tables)
                    + " numbers in the tables: a blank form (the national template itself) or a text about the format");
        }
        if (tables.rowsFound() == 0 && !titled && found.size() < 3) {
            return notAReport(name, doc, source, "no section headings or table rows of an OGI annual report were found");
        }
        for (int n = 1; n <= 6; n++) {
            final int number = n;
            if (found.stream().noneMatch(s -> s.number() == number)) {
                warnings.add(new Warning(WarningCode.SECTION_MISSING, "section " + n,
                        "the heading of section " + n + " was not found"));
            }
        }
        warnings.addAll(pageWarnings(doc));
        warnings.addAll(fragmentWarnings(found, active, requests, review));
        warnings.addAll(tables.warnings());
        warnings.addAll(ArithmeticChecks.softRules(template, tables.cells(), sectionOne));
        // values read by OCR: the checks are the second reader of those the recogniser was unsure of
        io.github.ogireport.validate.OcrCells read = io.github.ogireport.validate.OcrCells.settle(template,
                tables.cells(), ArithmeticChecks.run(template, tables.cells(), tables.extraRows()), tables.extraRows(),
                "all".equals(doc.properties().get(ExtractedDocument.RECOGNISED)));
        warnings.addAll(read.warnings());
        List<Check> checks = read.checks();
        boolean partial = warnings.stream().anyMatch(w -> w.code().makesPartial());
        return new AnnualReport(name, partial ? Status.PARTIAL : Status.OK, doc.format(), template, meta.title(),
                meta.agency(), meta.year(), meta.publishDate(), meta.period(),
                sections(text, found, tables.tableBlocks(), footer), read.cells(), tables.extraRows(), checks, warnings,
                null, source);
    }

    /**
     * The metadata, without title and agency when OCR read the agency (or the title's words before the year) only
     * unsurely: place names are what it misreads (洪泽 → 法洋), and a wrong agency is worse than none. The reading goes
     * into the warning.
     */
    private static Metadata recognisedTitle(Metadata meta, ExtractedDocument doc, List<Warning> warnings) {
        String recognised = doc.properties().get(ExtractedDocument.RECOGNISED_LINES);
        if (recognised == null || meta.title() == null && meta.agency() == null) {
            return meta;
        }
        if (meta.title() == null) {
            // an agency found without a title, in recognised text: from a signature or a sentence whose place name
            // may have been misread or cut (青山镇人民政府 read where 示范县青山镇人民政府 is printed)
            if (typed(doc, meta.agency())) {
                return meta;
            }
            warnings.add(new Warning(WarningCode.OCR_UNCERTAIN, "agency", "no title was read, and the agency was "
                    + "read by OCR outside a title: agency is null (read as “" + meta.agency() + "”)"));
            return new Metadata(null, null, meta.year(), meta.publishDate(), meta.period());
        }
        String name = meta.agency() != null ? meta.agency() : meta.title().split("[0-9０-９]", 2)[0];
        RecognisedLines lines = RecognisedLines.decode(recognised);
        // the title too: the agency's name may also stand, read surely, inside a longer name elsewhere (南充市高坪区…
        // in the signature) while the title lost its first character (坪区…)
        if (!lines.doubtful(name) && !lines.doubtful(meta.title()) || typed(doc, name)) {
            return meta;
        }
        String rest = meta.title().startsWith(name) ? meta.title().substring(name.length()) : null;
        if (meta.agency() != null && rest != null && !lines.doubtful(rest)) {
            RecognisedPlaceName.Decided place = RecognisedPlaceName.decide(name, lines);
            if (place != null) {
                warnings.add(new Warning(WarningCode.RECOVERED_PLACE_NAME, "agency", place.how()));
                return new Metadata(place.agency() + rest, place.agency(), meta.year(), meta.publishDate(),
                        meta.period());
            }
        }
        warnings.add(new Warning(WarningCode.OCR_UNCERTAIN, "title", "the title was read by OCR, its agency “" + name
                + "” or the title with characters the recogniser was unsure of or that a second reading did not "
                + "confirm: title and agency are null (read as “" + meta.title() + "”)"));
        return new Metadata(null, null, meta.year(), meta.publishDate(), meta.period());
    }

    /** Whether a block of the document's own text (not read by OCR) holds the phrase: a typed page says it. */
    private static boolean typed(ExtractedDocument doc, String phrase) {
        for (Block b : doc.blocks()) {
            if (b.confidence().isEmpty() && b.text().replace(" ", "").contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static AnnualReport notAReport(String name, ExtractedDocument doc, Source source, String why) {
        // the quality signals go with it: "not a report" may only mean that the text could not be read
        List<Warning> warnings = new ArrayList<>();
        boolean recognised = doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.OCR_USED);
        warnings.add(new Warning(WarningCode.NOT_A_REPORT, null, recognised ? why + " in the text recognised by OCR "
                + "(a scan too coarse or faint to read gives this too)" : why));
        warnings.addAll(doc.warnings());
        warnings.addAll(pageWarnings(doc));
        return AnnualReport.notAReport(name, doc.format(), warnings, source);
    }

    /**
     * What a paged document's quality signals say: pages without text, glyphs without characters, and damage the
     * extractor recovered from.
     */
    private static List<Warning> pageWarnings(ExtractedDocument doc) {
        List<Warning> warnings = new ArrayList<>();
        String damage = doc.properties().get(ExtractedDocument.DAMAGE);
        if (damage != null) {
            warnings.add(new Warning(WarningCode.DAMAGED_FILE, null, damage));
        }
        PageStats stats = doc.pageStats();
        if (stats == null) {
            return warnings;
        }
        if (!stats.pagesWithoutText().isEmpty()) {
            warnings.add(new Warning(WarningCode.NO_TEXT_LAYER, "pages " + stats.pagesWithoutText(),
                    stats.pagesWithoutText().size() + " of " + stats.pages() + " pages have no text layer (scanned?): "
                            + "what they show was not read"));
        }
        if (stats.totalUnmappedGlyphs() > 0) {
            warnings.add(new Warning(WarningCode.UNMAPPED_GLYPHS, "pages " + stats.unmappedGlyphs().keySet(),
                    stats.totalUnmappedGlyphs() + " glyphs map to no character (a font without ToUnicode): "
                            + "text on those pages may be missing"));
        }
        return warnings;
    }

    /**
     * Fewer numbers than this in the tables, and no title, agency or year: not a report. A fragment of a real report
     * (a page 2 of 3 without the title) that shows a table shows more.
     */
    private static final int FEWEST_NUMBERS = 10;

    /**
     * Words that every flattening of a table keeps from its header (FORMAT.md A3–A5): a table whose section heading
     * is missing is searched only where they are, so that a page cut before it (a fragment) does not read another
     * table's rows as its own.
     */
    private static final Map<Integer, List<String>> TABLE_WORDS = Map.of(
            2, List.of("第二十条", "信息内容"),
            3, List.of("申请人情况", "本年新收", "自然人"),
            4, List.of("行政复议", "行政诉讼", "结果维持"));

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六"};

    /** The block range of table {@code number}'s section; empty when its heading is missing and its words are too. */
    private static int[] tableRange(DocumentText text, List<FoundSection> found, int number, int end) {
        int[] range = range(found, number, end);
        if (found.isEmpty() || found.stream().anyMatch(s -> s.number() == number)) {
            return range;
        }
        for (int b = range[0]; b < range[1]; b++) {
            String norm = text.norm(b);
            for (String word : TABLE_WORDS.get(number)) {
                if (norm.contains(word)) {
                    return range;
                }
            }
        }
        return new int[] {range[0], range[0]};
    }

    /**
     * A page that stops before a table's section (a CMS page 1 of 3, a cut download, FORMAT.md B2): the tables it
     * does not reach are missing, and the warning says the report is cut rather than that the tables are images.
     */
    private static List<Warning> fragmentWarnings(List<FoundSection> found, int[]... tables) {
        List<Warning> warnings = new ArrayList<>();
        if (found.isEmpty()) {
            return warnings;
        }
        int last = found.get(found.size() - 1).number();
        for (int t = 0; t < tables.length; t++) {
            int number = t + 2;
            if (number > last && tables[t][0] == tables[t][1]) {
                warnings.add(new Warning(WarningCode.TABLE_MISSING, "section " + number,
                        "the document stops in section " + NUMERALS[last] + ": a fragment of a report (one page of a"
                                + " longer article, or a cut download); the table of section " + NUMERALS[number]
                                + " is not in it and its cells are missing"));
            }
        }
        return warnings;
    }

    private static long numbers(Tables tables) {
        return tables.cells().values().stream().filter(v -> v != null && v.isNumber()).count();
    }

    /**
     * The block range [from, to) of section {@code number}: from its heading to the next heading found. A
     * section whose heading is missing is searched between its neighbours' headings.
     */
    private static int[] range(List<FoundSection> found, int number, int size) {
        int from = 0;
        int to = size;
        for (FoundSection s : found) {
            if (s.number() < number) {
                from = s.block() + 1;
            } else if (s.number() == number) {
                from = s.block();
            } else {
                to = s.block();
                break;
            }
        }
        return new int[] {from, to};
    }

    private static List<Section> sections(DocumentText doc, List<FoundSection> found, Set<Integer> tableBlocks,
                                          Footer footer) {
        List<Block> blocks = doc.blocks();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            FoundSection s = found.get(i);
            int from = s.block() + 1;
            int to = i + 1 < found.size() ? found.get(i + 1).block() : footer.block();
            // over the table blocks, not the section's range: a loop whose length changes from report to report
            // made the compiled method fail its loop predicate and compile four more times in a short batch
            int firstTable = Integer.MAX_VALUE;
            int lastTable = -1;
            for (int b : tableBlocks) {
                if (b >= from && b < to) {
                    firstTable = Math.min(firstTable, b);
                    lastTable = Math.max(lastTable, b);
                }
            }
            List<String> paragraphs = new ArrayList<>();
            if (!s.rest().isEmpty()) {
                paragraphs.add(s.rest());
            }
            boolean last = i == found.size() - 1;
            for (int b = from; b < to || last && b == footer.block() && footer.column() > 0; b++) {
                Block block = blocks.get(b);
                if (block.row()) {
                    continue; // before its text is made: a row's is its cells joined
                }
                String text = (b == footer.block() ? block.text().substring(0, footer.column()) : block.text()).strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (b >= firstTable && b <= lastTable || PageFurniture.is(doc.norm(b))
                        || b < firstTable && lastTable >= 0 && !isProseBeforeTable(text)
                        || b > lastTable && lastTable >= 0 && text.length() <= 12 && !text.endsWith("。")) {
                    continue;
                }
                paragraphs.add(text);
            }
            sections.add(new Section(s.number(), s.heading(), joinBrokenLines(paragraphs)));
        }
        return sections;
    }

    /**
     * Paragraphs joined by newlines, except where a line stops mid-sentence and the next goes on (PDF and Word
     * copies break lines inside sentences, FORMAT.md A8.16).
     */
    static String joinBrokenLines(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            if (!b.isEmpty()) {
                char last = b.charAt(b.length() - 1);
                boolean continues = SENTENCE_END.indexOf(last) < 0 && !LIST_ITEM.matcher(p).lookingAt();
                b.append(continues ? "" : "\n");
            }
            b.append(p);
        }
        return b.toString();
    }

    private static final String SENTENCE_END = "。！？!?；;：:）)」”\"》";
    private static final Pattern LIST_ITEM = Pattern.compile("[(（]?[一二三四五六七八九十\\d]+[)）、.．]|[一二三四五六七八九十]是");

    /** Header cells before a table's first values are not prose; a sentence introducing the table is. */
    private static boolean isProseBeforeTable(String text) {
        return text.length() > 40 || text.endsWith("。") || text.endsWith("：") || text.endsWith(":");
    }

    private static String rawText(List<Block> blocks, int[] range) {
        StringBuilder b = new StringBuilder();
        for (int i = range[0]; i < range[1]; i++) {
            b.append(blocks.get(i).text()).append('\n');
        }
        return b.toString();
    }
}
