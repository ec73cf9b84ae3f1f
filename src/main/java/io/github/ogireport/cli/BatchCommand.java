package io.github.ogireport.cli;

import io.github.ogireport.Limits;
import io.github.ogireport.export.CellsXlsx;
import io.github.ogireport.review.SummaryPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code batch PATH... --out DIR}: every input under the paths to {@code reports.jsonl}, {@code cells.csv} and
 * {@code summary.json}, in parallel, resumable, and without losing a file.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert every file under the paths (folders recursively, zip archives member by member) to "
                + "DIR/reports.jsonl, DIR/cells.csv and DIR/summary.json.",
                "Re-running with the same --out skips inputs already recorded (same path and content) and appends "
                        + "the rest."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files, folders and zip archives")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder")
    Path out;

    @Option(names = "--from-list", paramLabel = "FILE", description = "also read the paths listed in FILE, one per line")
    Path fromList;

    @Option(names = "--threads", paramLabel = "N", description = "parallel workers (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "K/N", description = "process only the K-th of N deterministic parts (K from 1 to N)")
    String shard;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Option(names = "--excel", description = "start cells.csv with a byte order mark, so Excel reads it as UTF-8")
    boolean excel;

    @Option(names = "--xlsx", description = "also write cells.xlsx (one row per report)")
    boolean xlsx;

    @Option(names = "--overwrite", description = "start afresh instead of resuming an earlier run in DIR")
    boolean overwrite;

    @Option(names = "--quiet", description = "no progress or summary on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        List<Path> roots = new ArrayList<>(paths);
        if (fromList != null) {
            roots.addAll(Inputs.fromList(fromList));
        }
        if (roots.isEmpty()) {
            System.err.println("nothing to do: give paths or --from-list FILE");
            return Main.EXIT_USAGE;
        }
        for (Path p : roots) {
            if (!Files.exists(p)) {
                System.err.println("no such file or folder: " + p);
                return Main.EXIT_USAGE;
            }
        }
        int[] part = shard == null ? new int[] {1, 1} : parseShard(shard);
        if (part == null || threads < 1) {
            System.err.println("bad value: --shard takes K/N with 1 ≤ K ≤ N; --threads takes a positive number");
            return Main.EXIT_USAGE;
        }
        Limits limits;
        try {
            limits = limitOptions.limits();
        } catch (IllegalArgumentException e) {
            return LimitOptions.badValue(e);
        }
        // made now so that the walk knows it by its real path: an output folder inside an input folder is not an input
        Files.createDirectories(out);
        Inputs inputs = new Inputs(roots, part[0] - 1, part[1], limits.maxBytes(), out.toRealPath());
        long total = quiet ? -1 : inputs.count();
        BatchOptions options = new BatchOptions(out, threads, limits, excel, overwrite);
        Progress progress = new Progress(total, quiet);
        RunSummary summary = new RunSummary();
        BatchRun.Result result = new BatchRun(options).run(inputs, progress, summary);
        summary.write(out.resolve("summary.json"), result);
        SummaryPage.write(out.resolve("summary.json"), out.resolve("summary.html"));
        if (xlsx) {
            CellsXlsx.convert(out.resolve(OutputFolder.CELLS), out.resolve("cells.xlsx"));
        }
        progress.finish(String.format("%d files in %.1fs (%.0f files/s): %s; %d already recorded, %d expected-result "
                        + "files and %d system files skipped; %d records in %s", result.total(), result.seconds(),
                result.total() / Math.max(result.seconds(), 1e-9), result.counts(), result.skippedRecorded(),
                result.skippedExpected(), result.skippedSystemFiles(), summary.reports(), out));
        // over every record of the folder, so a resumed run answers for the inputs an earlier run recorded too
        return summary.allReports() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    /** {@code K/N} as {K, N}, or null when malformed. */
    static int[] parseShard(String s) {
        String[] parts = s.split("/");
        try {
            int k = Integer.parseInt(parts[0].strip());
            int n = Integer.parseInt(parts[1].strip());
            return parts.length == 2 && n >= 1 && k >= 1 && k <= n ? new int[] {k, n} : null;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }
}
