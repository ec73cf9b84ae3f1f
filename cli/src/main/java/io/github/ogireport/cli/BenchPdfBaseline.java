package io.github.ogireport.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code bench-pdfbox} (hidden, run by {@code bench} in a fresh JVM): plain PDFBox text extraction
 * ({@link PDFTextStripper#getText}) over every PDF under a folder, on as many threads as a batch run: the baseline
 * that the PDF path of a batch run is measured against.
 */
@Command(name = "bench-pdfbox", hidden = true, description = "Extract the text of every PDF under a folder with plain PDFBox.")
final class BenchPdfBaseline implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--threads", description = "workers (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        AtomicInteger failed = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> chars = workers.invokeAll(files.stream().map(f -> (Callable<Integer>) () -> {
                try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(f))) {
                    return new PDFTextStripper().getText(pdf).length();
                } catch (IOException e) { // encrypted or broken: batch reads as far as PDFBox does, then fails it
                    failed.incrementAndGet();
                    return 0;
                }
            }).toList());
            long total = 0;
            for (Future<Integer> c : chars) {
                total += c.get();
            }
            System.err.printf("bench-pdfbox: %d files, %d failed, %d characters%n", files.size(), failed.get(), total);
        } finally {
            workers.shutdownNow();
        }
        return Main.EXIT_OK;
    }
}
