package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.export.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code bench}: generates an archive by replicating the bundled test reports (nested folders with Chinese names,
 * one folder per format, and a mixed one with a zip and broken files), then times whole {@code batch} runs in a
 * fresh JVM with a capped heap, JVM start included, and prints reports/s, MB/s and the peak heap per format.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark whole batch runs (JVM start included) on a generated archive.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--files", description = "files per format folder (default: ${DEFAULT-VALUE})")
    int files = 10_000;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "where to generate the archive and outputs")
    Path dir;

    @Option(names = "--testdata", paramLabel = "DIR", description = "the reports to replicate (default: ${DEFAULT-VALUE})")
    Path testdata = Path.of("testdata");

    @Option(names = "--xmx", description = "heap cap of the batch JVM (default: ${DEFAULT-VALUE})")
    String xmx = "256m";

    @Option(names = "--threads", description = "batch workers (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "an option for the batch JVM, such as "
            + "-XX:+UseSerialGC (repeatable): to measure the effect of JVM settings on short runs")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", description = "the folders to run: text, html, "
            + "mixed, pdf (default: all four; text alone from 50,000 files on, the long-run mode), and ocr: "
            + "testdata's PDFs scanned, clean and degraded, read with one worker and with two (seconds per page)")
    List<String> formats;

    @Option(names = "--pdf-files", description = "files of the pdf folder (default: ${DEFAULT-VALUE}; PDFs are slow)")
    int pdfFiles = 500;

    @Option(names = "--details", paramLabel = "sparse|all", converter = DetailsOption.class,
            description = "batch's --details: all writes every cell's detail, about the size of contract version 1")
    ReportJson.Details details = ReportJson.Details.SPARSE;

    @Option(names = "--no-floor", description = "skip the floor runs (see bench-floor)")
    boolean noFloor;

    @Option(names = "--warm-up", description = "after the text folder's run, parse its files again in a fresh JVM, "
            + "three passes, timing each report: the JIT's warm-up, report by report (see bench-warmup)")
    boolean warmUp;

    @Option(names = "--long-lines-only", description = "only the long-line case (a 1 MB one-line page, Word XML read "
            + "as text), parsed in this JVM")
    boolean longLinesOnly;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (longLinesOnly) {
            LongLineBench.run(testdata).forEach(System.out::println);
            return Main.EXIT_OK;
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-6s %8s %8s %10s %7s %10s %8s %9s %11s %6s", "input", "files", "seconds",
                "reports/s", "MB/s", "peak heap", "floor s", "run/floor", "jsonl B/rep", "exit"));
        List<String> extra = new ArrayList<>();
        List<String> ocr = List.of();
        List<String> warmUpLines = new ArrayList<>();
        for (String format : formats != null ? formats
                : files >= 50_000 ? List.of("text") : List.of("text", "html", "mixed", "pdf")) {
            if (format.equals("ocr")) {
                ocr = OcrScanBench.run(testdata, dir, this::runOcrBatch);
                continue;
            }
            Path in = dir.resolve("archive").resolve(format + (format.equals("pdf") ? pdfFiles : files));
            if (!Files.isDirectory(in)) {
                generate(format, in, format.equals("pdf") ? pdfFiles : files);
            }
            Path out = dir.resolve("out").resolve(format);
            int[] exit = new int[1];
            double seconds = timed(() -> exit[0] = runBatch(in, out, format));
            JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            int reports = s.get("reports").asInt();
            double mb = size(in) / 1e6;
            String floor = "-";
            String ratio = "-";
            if (!noFloor) {
                double floorSeconds = timed(() -> runJava("bench-floor", in.toString(), "--replay", out.toString(),
                        "--out", dir.resolve("floor").resolve(format).toString(), "--threads", Integer.toString(threads)));
                floor = String.format("%.2f", floorSeconds);
                ratio = String.format("%.2f", seconds / floorSeconds);
            }
            long jsonl = Files.size(out.resolve(OutputFolder.REPORTS));
            lines.add(String.format("%-6s %8d %8.2f %10.0f %7.1f %7.0f MB %8s %9s %11d %6s", format, reports, seconds,
                    reports / seconds, mb / seconds, s.get("thisRun").get("peakHeapMegabytes").asDouble(), floor, ratio,
                    reports == 0 ? 0 : jsonl / reports, exit[0]));
            if (warmUp && format.equals("text")) {
                Path report = dir.resolve("warm-up.txt");
                int warmUpExit = runJava(report, "bench-warmup", in.toString(), "--threads", Integer.toString(threads),
                        "--details", details.name().toLowerCase(Locale.ROOT));
                warmUpLines.addAll(Files.readAllLines(report));
                if (warmUpExit != Main.EXIT_OK) {
                    warmUpLines.add("warm-up: bench-warmup exited with " + warmUpExit + " (its error is above)");
                }
            }
            if (format.equals("pdf")) {
                double pdfbox = timed(() -> runJava("bench-pdfbox", in.toString(), "--threads", Integer.toString(threads)));
                extra.add(String.format("pdf: plain PDFBox getText on the same %d files, fresh JVM: %.2f s; batch/PDFBox %.2f",
                        reports, pdfbox, seconds / pdfbox));
            }
        }
        extra.add("-Xmx" + xmx + ", " + threads + " threads, JVM start included; floor: a fresh JVM that lists, reads, "
                + "hashes and decodes the same inputs and writes the run's own output bytes (bench-floor)");
        extra.add("cell details: " + details.name().toLowerCase(Locale.ROOT) + " (contract " + ReportJson.CONTRACT + ")");
        if (!jvmOptions.isEmpty()) {
            extra.add("JVM options: " + String.join(" ", jvmOptions));
        }
        if (lines.size() > 1) {
            lines.addAll(extra);
            lines.add("");
            lines.addAll(LongLineBench.run(testdata));
        } else {
            lines.clear();
        }
        if (!warmUpLines.isEmpty()) {
            lines.add("");
            lines.addAll(warmUpLines);
        }
        if (!ocr.isEmpty()) {
            lines.add("");
            lines.addAll(ocr);
        }
        lines.forEach(System.out::println);
        return Main.EXIT_OK;
    }

    @FunctionalInterface
    private interface Run {
        int run() throws IOException, InterruptedException;
    }

    /** Seconds a run took, its JVM's start included. */
    private static double timed(Run run) throws IOException, InterruptedException {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private int runBatch(Path in, Path out, String format) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("batch", in.toString(), "--out", out.toString(), "--quiet",
                "--overwrite", "--threads", Integer.toString(threads), "--details",
                details.name().toLowerCase(Locale.ROOT)));
        if (format.equals("pdf")) {
            // the PDF path against PDFBox's getText, which reads no scan: the scans among testdata's PDFs stay
            // NO_TEXT here (with Tesseract they cost a second or two a page; OcrBench measures that path)
            args.addAll(List.of("--ocr", "off"));
        }
        return runJava(args.toArray(String[]::new));
    }

    private int runOcrBatch(Path in, Path out, int workers) throws IOException, InterruptedException {
        return runJava("batch", in.toString(), "--out", out.toString(), "--quiet", "--overwrite", "--threads",
                Integer.toString(workers), "--details", details.name().toLowerCase(Locale.ROOT));
    }

    /** Runs a command of this tool in a fresh JVM with the bench's heap cap and JVM options. */
    private int runJava(String... args) throws IOException, InterruptedException {
        return runJava(null, args);
    }

    /** As {@link #runJava(String...)}, its standard output written to {@code stdout} when that is not null. */
    private int runJava(Path stdout, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.inheritIO();
        if (stdout != null) {
            pb.redirectOutput(stdout.toFile());
        }
        return pb.start().waitFor();
    }

    /** Copies the bundled reports of a format, round-robin, into nested folders until there are enough files. */
    private void generate(String format, Path in, int files) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(testdata)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                boolean text = n.endsWith(".txt") && p.startsWith(testdata.resolve("seeds"));
                boolean html = n.endsWith(".html");
                boolean pdf = n.endsWith(".pdf") && p.startsWith(testdata.resolve("pdf"));
                if (format.equals("text") && text || format.equals("html") && html || format.equals("mixed") && (text || html)
                        || format.equals("pdf") && pdf) {
                    sources.add(p);
                }
            });
        }
        if (sources.isEmpty()) {
            throw new IOException("no " + format + " reports under " + testdata);
        }
        int inZip = format.equals("mixed") ? Math.min(200, files / 10) : 0;
        for (int i = 0; i < files - inZip; i++) {
            Path src = sources.get(i % sources.size());
            Path folder = in.resolve("省" + (i % 7)).resolve("市县" + (i / 7 % 13));
            Files.createDirectories(folder);
            Files.copy(src, folder.resolve(i + "_政府信息公开年报_" + src.getFileName()));
        }
        if (inZip > 0) {
            try (OutputStream o = Files.newOutputStream(in.resolve("归档.zip"));
                 ZipOutputStream zip = new ZipOutputStream(o, StandardCharsets.UTF_8)) {
                for (int i = 0; i < inZip; i++) {
                    Path src = sources.get(i % sources.size());
                    zip.putNextEntry(new ZipEntry("年报/" + i + "_" + src.getFileName()));
                    zip.write(Files.readAllBytes(src));
                    zip.closeEntry();
                }
            }
            Files.write(in.resolve("损坏.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 0, 0});
            Files.write(in.resolve("空文件.txt"), new byte[0]);
            byte[] noise = new byte[4096];
            new java.util.Random(1).nextBytes(noise);
            Files.write(in.resolve("random.docx"), noise);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
