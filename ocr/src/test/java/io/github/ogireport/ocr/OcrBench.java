package io.github.ogireport.ocr;

import io.github.ogireport.model.Limits;
import io.github.ogireport.model.OcrMode;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.AnnualReport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The OCR bench: every document of {@link ScanCorpus} scanned clean (200 dpi) and degraded (150 dpi, 0.8° skew,
 * specks, JPEG), read with 1 and 2 threads; prints per scan the cells exact, null, wrong-but-flagged and silently
 * wrong, the metadata that differs from the text version, and seconds per page. Run it with
 * {@code mvn -f ocr/pom.xml test-compile exec:java}-free plain Java:
 * {@code java -cp ... io.github.ogireport.ocr.OcrBench [threads...]} (see the README), or through
 * {@code OcrBenchTest} with {@code -Dogi.ocr.bench=true}.
 */
public final class OcrBench {
    private OcrBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> threads = new ArrayList<>();
        for (String a : args) {
            threads.add(Integer.parseInt(a));
        }
        if (threads.isEmpty()) {
            threads = List.of(1, 2);
        }
        System.out.println(run(threads));
    }

    static String run(List<Integer> threadCounts) throws Exception {
        ReportParser parser = ReportParser.builder().limits(Limits.DEFAULT.withTimeout(Duration.ofMinutes(10))).build();
        StringBuilder out = new StringBuilder();
        for (String variant : List.of("clean", "degraded")) {
            ScanMaker maker = variant.equals("clean") ? ScanMaker.CLEAN : ScanMaker.DEGRADED;
            List<ScanCorpus.Source> sources = ScanCorpus.sources();
            List<Path> scans = new ArrayList<>();
            for (ScanCorpus.Source s : sources) {
                scans.add(s.scan(variant, maker));
            }
            for (int n : threadCounts) {
                ExecutorService pool = Executors.newFixedThreadPool(n);
                long start = System.nanoTime();
                List<Future<AnnualReport>> reports = new ArrayList<>();
                for (Path p : scans) {
                    reports.add(pool.submit(() -> parser.parse(p)));
                }
                int cells = 0;
                int exact = 0;
                int nulls = 0;
                int flagged = 0;
                int silent = 0;
                int pages = 0;
                for (int i = 0; i < scans.size(); i++) {
                    AnnualReport r = reports.get(i).get();
                    Accuracy a = Accuracy.of(r, sources.get(i).expectedJson());
                    pages += r.source().pageStats().pages();
                    cells += a.cells();
                    exact += a.exact();
                    nulls += a.nulls();
                    flagged += a.flagged();
                    silent += a.silent().size();
                    if (n == threadCounts.get(0)) {
                        out.append(String.format(Locale.ROOT, "  %-9s %-22s %s %s%n", variant, sources.get(i).name(),
                                r.status(), a));
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                out.append(String.format(Locale.ROOT, "%s, %d thread(s): %d/%d cells exact (%.2f %%), %d null, "
                                + "%d wrong but flagged, %d wrong and not flagged; %d pages in %.1f s: %.2f s per page "
                                + "(%.2f s of a thread per page)%n", variant, n, exact, cells, 100.0 * exact / cells,
                        nulls, flagged, silent, pages, seconds, seconds / pages, seconds * n / pages));
            }
        }
        return out.toString();
    }
}
