package io.github.ogireport.cli;

import io.github.ogireport.model.Limits;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.review.SummaryPage;
import io.github.ogireport.tabular.CellsXlsx;
import io.github.ogireport.tabular.Codebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code batch PATH... --out DIR}: every input under the paths to {@code reports.jsonl}, {@code cells.csv} and
 * {@code summary.json}, in parallel, resumable, and without losing a file.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert every file under the paths (folders recursively, zip archives member by member) to "
                + "DIR/reports.jsonl, DIR/cells.csv (explained by DIR/codebook.csv) and DIR/summary.json.",
                "Re-running with the same --out keeps what is recorded (same path and content), parses again what "
                        + "FAILED (unless --no-retry) or changed, replacing its record, and adds the rest: one record "
                        + "per input."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files, folders and zip archives")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder")
    Path out;

    @Option(names = "--from-list", paramLabel = "FILE", description = "also read the paths listed in FILE, one per line")
    Path fromList;

    @Option(names = "--threads", paramLabel = "N", description = "parallel workers, 1 to " + BatchCommand.MAX_THREADS
            + " (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    static final int MAX_THREADS = 1024;

    @Option(names = "--include", paramLabel = "GLOB", description = "only files matching a glob (repeatable): *.pdf "
            + "matches file names, a glob with / the whole path (2020/**)")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "leave out files matching a glob (repeatable)")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "K/N", description = "process only the K-th of N deterministic parts (K from 1 to N)")
    String shard;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Option(names = "--excel", description = "start cells.csv with a byte order mark, so Excel reads it as UTF-8")
    boolean excel;

    @Option(names = "--xlsx", description = "also write cells.xlsx (one row per report)")
    boolean xlsx;

    @Option(names = "--details", paramLabel = "sparse|all", converter = DetailsOption.class,
            description = "cellDetails for the cells whose number alone does not say what was printed (sparse, the "
                    + "default), or for every cell (all)")
    ReportJson.Details details = ReportJson.Details.SPARSE;

    @Option(names = "--overwrite", description = "start afresh instead of resuming an earlier run in DIR")
    boolean overwrite;

    @Option(names = "--no-retry", description = "keep the FAILED records of earlier runs in DIR instead of parsing "
            + "those inputs again")
    boolean noRetry;

    @Option(names = "--quiet", description = "no progress or summary on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        String bad = badOption();
        if (bad != null) {
            System.err.println("bad value: " + bad);
            return Main.EXIT_USAGE;
        }
        Limits limits;
        Inputs.Selection selection;
        try {
            limits = limitOptions.limits();
            selection = new Inputs.Selection(include, exclude);
        } catch (IllegalArgumentException e) {
            return LimitOptions.badValue(e);
        }
        List<Path> roots = new ArrayList<>(paths);
        Map<Path, String> missing = new HashMap<>();
        if (fromList != null) {
            if (!Files.isRegularFile(fromList)) {
                System.err.println("no such file: --from-list " + fromList);
                return Main.EXIT_USAGE;
            }
            for (Inputs.Listed listed : Inputs.fromList(fromList)) {
                roots.add(listed.path());
                if (!Files.exists(listed.path())) {
                    // one path gone from a long list: that input fails, the others are converted
                    missing.put(listed.path(), listed.where() + ": no such file or folder: " + listed.path());
                }
            }
        }
        if (roots.isEmpty()) {
            System.err.println("nothing to do: give paths or --from-list FILE");
            return Main.EXIT_USAGE;
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("no such file or folder: " + p);
                return Main.EXIT_USAGE;
            }
        }
        int[] part = shard == null ? new int[] {1, 1} : parseShard(shard);
        Inputs inputs = new Inputs(roots, part[0] - 1, part[1], limits.maxBytes(), realPathToBe(out), selection,
                missing);
        if (!inputs.any()) {
            System.err.println("no input found under " + String.join(", ", roots.stream().map(Path::toString).toList())
                    + (shard != null ? " in shard " + shard : "") + (include.isEmpty() && exclude.isEmpty() ? ""
                    : " with --include " + include + " --exclude " + exclude) + ": nothing was written");
            return Main.EXIT_USAGE;
        }
        Files.createDirectories(out);
        try (FolderLock lock = FolderLock.acquire(out)) {
            if (lock.unfinishedPid() >= 0 && !quiet) {
                System.err.println("note: an earlier run into " + out + " (pid " + lock.unfinishedPid() + ") did not "
                        + "finish; its complete records are kept and the rest is converted now");
            }
            return run(inputs, limits);
        } catch (FolderLock.InUse e) {
            System.err.println(e.getMessage());
            return Main.EXIT_USAGE;
        } catch (OutputFolder.Refused e) {
            System.err.println(e.getMessage());
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            System.err.println("cannot write the outputs in " + out + ": " + e);
            return Main.EXIT_USAGE;
        }
    }

    /**
     * The real path the output folder has or will have: the walk leaves it out by that path, so that an output folder
     * inside an input folder is not read as input, even before it is made.
     */
    private static Path realPathToBe(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute.toRealPath();
        }
        Path parent = absolute.getParent();
        return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(absolute.getFileName())
                : absolute;
    }

    /** What is wrong with the options that need no file to check, naming the option and what it takes; or null. */
    private String badOption() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return "--out takes a folder (made if missing), and " + out + " is a file";
        }
        if (threads < 1 || threads > MAX_THREADS) {
            return "--threads takes a number of workers from 1 to " + MAX_THREADS + " (got " + threads + ")";
        }
        if (shard != null && parseShard(shard) == null) {
            return "--shard takes K/N, the K-th of N parts with 1 ≤ K ≤ N, such as 1/4 (got " + shard + ")";
        }
        return null;
    }

    private int run(Inputs inputs, Limits limits) throws IOException, OutputFolder.Refused {
        long total = quiet ? -1 : inputs.count();
        BatchOptions options = new BatchOptions(out, threads, limits, excel, overwrite, details, !noRetry,
                limitOptions.ocr);
        Progress progress = new Progress(total, quiet);
        RunSummary summary = new RunSummary();
        BatchRun.Result result = new BatchRun(options).run(inputs, progress, summary);
        summary.write(out.resolve("summary.json"), result);
        Codebook.write(out.resolve(Codebook.FILE), excel);
        SummaryPage.write(out.resolve("summary.json"), out.resolve("summary.html"));
        if (xlsx) {
            CellsXlsx.convert(out.resolve(OutputFolder.CELLS), out.resolve("cells.xlsx"));
        }
        progress.finish(String.format("%d files in %.1fs (%s files/s): %s; %d already recorded and kept, %d FAILED "
                        + "before and parsed again, %d changed and parsed again; skipped: %d expected-result files, %d "
                        + "system files, %d web-page assets, %d by --include/--exclude; %d records in %s%s",
                result.total(), result.seconds(), Progress.rate(result.total() / Math.max(result.seconds(), 1e-9)),
                result.counts(),
                result.skippedRecorded(), result.retried(), result.replacedChanged(), result.skippedExpected(),
                result.skippedSystemFiles(), result.skippedAssets(), result.skippedByPattern(), summary.reports(), out,
                progress.recognisedPages() == 0 ? "" : "; " + progress.recognisedPages() + " pages read by OCR"));
        if (result.abandoned() > 0) {
            progress.note(result.abandoned() + " inputs did not stop at their time limit and were abandoned inside a "
                    + "library call (" + BatchRun.workersStillBusy() + " still running): see summary.json");
        }
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
