package io.github.ogireport.cli;

import io.github.ogireport.model.Limits;
import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * The per-document limits as options, the same on {@code parse} and {@code batch}; defaults from {@link Limits#DEFAULT}.
 * With them the other options of reading a file: OCR, and whether the libraries may log.
 */
final class LimitOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "time limit per file, may be a fraction (default: ${DEFAULT-VALUE})")
    double timeoutSeconds = Limits.DEFAULT.timeout().toMillis() / 1000.0;

    @Option(names = "--max-bytes", paramLabel = "SIZE", converter = Size.class,
            description = "size limit per file: bytes, or with a unit: 500k, 16m, 2g (default: 64m)")
    long maxBytes = Limits.DEFAULT.maxBytes();

    @Option(names = "--max-pages", paramLabel = "N", description = "page limit per PDF (default: ${DEFAULT-VALUE})")
    int maxPages = Limits.DEFAULT.maxPages();

    @Option(names = "--max-cells", paramLabel = "N",
            description = "cell limit per table; rows past it are dropped with a warning (default: ${DEFAULT-VALUE})")
    int maxCells = Limits.DEFAULT.maxCellsPerTable();

    @Option(names = "--max-depth", paramLabel = "N",
            description = "element nesting limit of HTML and Word files (default: ${DEFAULT-VALUE})")
    int maxDepth = Limits.DEFAULT.maxDepth();

    @Option(names = "--max-blocks", paramLabel = "N",
            description = "paragraph, line and table-row limit per file (default: ${DEFAULT-VALUE})")
    int maxBlocks = Limits.DEFAULT.maxBlocks();

    @Option(names = "--ocr", paramLabel = "off|auto|force", converter = OcrModeName.class,
            description = "read page images by OCR: off, auto (pages without a text layer, image files; the "
                    + "default) or force (every page); needs the OCR module and Tesseract, each page within --timeout")
    io.github.ogireport.model.OcrMode ocr = io.github.ogireport.model.OcrMode.AUTO;

    /** Read by {@link Main} from the arguments before the command runs: the libraries bind their logging once. */
    @Option(names = Main.VERBOSE, description = "let the warnings of the libraries that read the files (POI, PDFBox) "
            + "through to stderr; without it they print nothing")
    boolean verbose;

    /** {@code off|auto|force}, in any case. */
    static final class OcrModeName implements picocli.CommandLine.ITypeConverter<io.github.ogireport.model.OcrMode> {
        @Override
        public io.github.ogireport.model.OcrMode convert(String value) {
            try {
                return io.github.ogireport.model.OcrMode.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("--ocr takes off, auto or force (got " + value
                        + ")");
            }
        }
    }

    /**
     * The limits the options give.
     *
     * @throws IllegalArgumentException when a value makes no limit; the message names the option and what it takes
     */
    Limits limits() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 1e9) {
            throw new IllegalArgumentException("--timeout takes a number of seconds above 0, such as 60 or 0.5 (got "
                    + java.math.BigDecimal.valueOf(timeoutSeconds).stripTrailingZeros().toPlainString() + ")");
        }
        positive("--max-bytes", maxBytes, "a size above 0: bytes, or with a unit: 500k, 16m, 2g");
        positive("--max-pages", maxPages, "a number of pages from 1");
        positive("--max-cells", maxCells, "a number of cells from 1");
        positive("--max-depth", maxDepth, "a nesting depth from 1");
        positive("--max-blocks", maxBlocks, "a number of blocks from 1");
        return new Limits(maxBytes, maxPages, maxCells, maxDepth, maxBlocks,
                Duration.ofNanos(Math.round(timeoutSeconds * 1e9)));
    }

    private static void positive(String option, long value, String takes) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " takes " + takes + " (got " + value + ")");
        }
    }

    /** A size: digits, optionally with a unit k, m or g (powers of 1024; a trailing b or ib is allowed). */
    static final class Size implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*([kmg]?)(i?b)?",
                    java.util.regex.Pattern.CASE_INSENSITIVE).matcher(value.strip());
            if (!m.matches()) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a size: give bytes, or "
                        + "a number with a unit: 500k, 16m, 2g");
            }
            int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            try {
                long n = Long.parseLong(m.group(1));
                if (n > Long.MAX_VALUE >> shift) {
                    throw new NumberFormatException();
                }
                return n << shift;
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is too large a size");
            }
        }
    }

    /**
     * When a parse still running is abandoned: a quarter (at least a second) after its time limit. The parse stops
     * itself at the limit, between two steps of the pipeline; this later clock is for a step that does not return
     * (a library call looping on a damaged file).
     */
    static long abandonNanos(Limits limits) {
        long limit = limits.timeout().toNanos();
        return limit + Math.max(1_000_000_000L, limit / 4);
    }

    /** The usage error for values that make no limits, on stderr. */
    static int badValue(IllegalArgumentException e) {
        System.err.println("bad value: " + e.getMessage());
        return Main.EXIT_USAGE;
    }
}
