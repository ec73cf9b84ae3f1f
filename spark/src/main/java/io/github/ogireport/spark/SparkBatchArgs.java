package io.github.ogireport.spark;

import io.github.ogireport.ReportParser;
import io.github.ogireport.export.ReportJson;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link SparkBatch}, with {@code batch}'s option names: {@code --out DIR [--from-list FILE]
 * [--timeout SECONDS] [--max-bytes BYTES] [--partitions N] [--overwrite] PATH...}.
 *
 * @param paths files, folders or glob patterns
 * @param fromList a manifest of paths, or null
 * @param out the output folder
 * @param options the limits
 * @param overwrite whether to replace the outputs of an earlier run
 */
record SparkBatchArgs(List<String> paths, String fromList, String out, ParseOptions options, boolean overwrite) {

    static final String USAGE = """
            usage: spark-submit --class io.github.ogireport.spark.SparkBatch ogi-report-spark.jar \\
                     --out DIR [--from-list FILE] [--timeout SECONDS] [--max-bytes BYTES] [--partitions N] \\
                     [--details sparse|all] [--overwrite] [PATH...]
              PATH              files, folders (walked recursively) or glob patterns, on any Hadoop file system
              --out DIR         writes DIR/reports.parquet and DIR/reports.jsonl (folders of part files)
              --from-list FILE  also every path listed in FILE, one per line (resolved by the tasks)
              --timeout S       time limit per document, may be a fraction (default: 60)
              --max-bytes B     size limit per file (default: %d)
              --partitions N    number of tasks (default: from the number of inputs and the cluster's cores)
              --details D       cellDetails for the cells a number alone does not describe (sparse, the
                                default) or for every cell (all), as batch --details
              --overwrite       replace the outputs of an earlier run in DIR
            """.formatted(ReportParser.DEFAULT_MAX_BYTES);

    /** Thrown for a command line that cannot be run; the message says why. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static SparkBatchArgs parse(String... args) throws UsageException {
        List<String> paths = new ArrayList<>();
        String fromList = null;
        String out = null;
        ParseOptions options = ParseOptions.defaults();
        boolean overwrite = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--out" -> out = value(args, ++i, a);
                    case "--from-list" -> fromList = value(args, ++i, a);
                    case "--timeout" -> options = options.withTimeoutSeconds(Double.parseDouble(value(args, ++i, a)));
                    case "--max-bytes" -> options = options.withMaxBytes(Long.parseLong(value(args, ++i, a)));
                    case "--partitions" -> options = options.withPartitions(Integer.parseInt(value(args, ++i, a)));
                    case "--details" -> options = options.withDetails(
                            ReportJson.Details.valueOf(value(args, ++i, a).toUpperCase(java.util.Locale.ROOT)));
                    case "--overwrite" -> overwrite = true;
                    case "-h", "--help" -> throw new UsageException("");
                    default -> {
                        if (a.startsWith("--")) {
                            throw new UsageException("unknown option: " + a);
                        }
                        paths.add(a);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: --timeout, --max-bytes and --partitions take positive numbers
            throw new UsageException("bad value: " + e.getMessage());
        }
        if (out == null) {
            throw new UsageException("--out DIR is required");
        }
        if (paths.isEmpty() && fromList == null) {
            throw new UsageException("nothing to do: give paths or --from-list FILE");
        }
        return new SparkBatchArgs(List.copyOf(paths), fromList, out, options, overwrite);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
