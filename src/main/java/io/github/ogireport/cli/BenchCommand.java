package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        lines.add(String.format("%-6s %8s %8s %10s %8s %10s %12s", "input", "files", "seconds", "reports/s", "MB/s",
                "peak heap", "exit"));
        for (String format : List.of("text", "html", "mixed")) {
            Path in = dir.resolve("archive").resolve(format);
            if (!Files.isDirectory(in)) {
                generate(format, in);
            }
            Path out = dir.resolve("out").resolve(format);
            long start = System.nanoTime();
            int exit = runBatch(in, out);
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            int reports = s.get("reports").asInt();
            double mb = size(in) / 1e6;
            lines.add(String.format("%-6s %8d %8.2f %10.0f %8.1f %7.0f MB %12s", format, reports, seconds,
                    reports / seconds, mb / seconds, s.get("thisRun").get("peakHeapMegabytes").asDouble(),
                    exit + " (-Xmx" + xmx + ")"));
        }
        if (!jvmOptions.isEmpty()) {
            lines.add("JVM options: " + String.join(" ", jvmOptions));
        }
        lines.add("");
        lines.addAll(LongLineBench.run(testdata));
        lines.forEach(System.out::println);
        return Main.EXIT_OK;
    }

    private int runBatch(Path in, Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch",
                in.toString(), "--out", out.toString(), "--quiet", "--overwrite", "--threads", Integer.toString(threads)));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.inheritIO();
        return pb.start().waitFor();
    }

    /** Copies the bundled reports of a format, round-robin, into nested folders until there are enough files. */
    private void generate(String format, Path in) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(testdata)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                boolean text = n.endsWith(".txt") && p.startsWith(testdata.resolve("seeds"));
                boolean html = n.endsWith(".html");
                if (format.equals("text") && text || format.equals("html") && html || format.equals("mixed") && (text || html)) {
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
