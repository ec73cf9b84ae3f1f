package io.github.ogireport.spark;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Status;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTaskTest {
    private static final Configuration CONF = new Configuration();

    @Test
    void readsThroughHadoopAndParsesWithTheLibrary() {
        java.nio.file.Path seed = BatchOutput.TESTDATA.resolve("seeds/002_4aa25779e377b147.txt");
        AnnualReport r = only(task(DocumentParser.LIBRARY.create(1 << 20), 60).reports(ref("seed.txt", seed)));
        assertEquals(Status.OK, r.status());
        assertEquals("高坪区人民政府办公室", r.agency());
        assertEquals("seed.txt", r.file());
        assertNotNull(r.source().sha256());
    }

    @Test
    void aFileOverTheLimitIsNotRead(@TempDir java.nio.file.Path tmp) throws IOException {
        java.nio.file.Path big = Files.write(tmp.resolve("big.txt"), new byte[2048]);
        DocumentParser never = (bytes, name) -> {
            throw new AssertionError("read a file over the limit");
        };
        AnnualReport r = only(new DocumentTask(never, CONF, ParseOptions.defaults().withMaxBytes(1024)).reports(ref("big.txt", big)));
        assertFailed(r, "TOO_LARGE", "big.txt: the file has 2048 bytes, more than the limit of 1024 (--max-bytes)");
    }

    @Test
    void aMissingFileIsAnIoFailure(@TempDir java.nio.file.Path tmp) {
        AnnualReport r = only(task(DocumentParser.LIBRARY.create(1 << 20), 60)
                .reports(InputRef.file("gone.pdf", new Path(tmp.resolve("gone.pdf").toUri()), 10)));
        assertFailed(r, "IO", "gone.pdf: cannot read the file");
    }

    @Test
    void aFolderThatCannotBeListedIsAnIoFailure() {
        AnnualReport r = only(task(DocumentParser.LIBRARY.create(1 << 20), 60)
                .reports(InputRef.unlistable("archive/2020", new IOException("permission denied"))));
        assertFailed(r, "IO", "archive/2020: cannot read the file: java.io.IOException: permission denied");
    }

    @Test
    void aDocumentPastTheTimeLimitIsAbandoned() {
        CountDownLatch interrupted = new CountDownLatch(1);
        DocumentParser hangs = (bytes, name) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        };
        java.nio.file.Path seed = BatchOutput.TESTDATA.resolve("seeds/002_4aa25779e377b147.txt");
        // Hadoop's file system set up first: its first use takes longer than the limit and may swallow an interrupt
        task((bytes, name) -> null, 60).reports(ref("warm-up.txt", seed));
        long start = System.nanoTime();
        AnnualReport r = only(task(hangs, 0.3).reports(ref("slow.txt", seed)));
        assertTrue(System.nanoTime() - start < 10e9);
        assertFailed(r, "TIMED_OUT", "slow.txt: parsing took longer than the limit of 0.3 s and did not stop: it was abandoned");
        assertTrue(await(interrupted), "the abandoned worker is asked to stop");
    }

    @Test
    void aThrowableOfTheParserFailsThatDocumentOnly() {
        java.nio.file.Path seed = BatchOutput.TESTDATA.resolve("seeds/002_4aa25779e377b147.txt");
        AnnualReport defect = only(task((bytes, name) -> {
            throw new NoSuchMethodError("a class path problem");
        }, 60).reports(ref("x.txt", seed)));
        assertFailed(defect, "INTERNAL_ERROR", "x.txt: the parser failed on this file (please report it): java.lang.NoSuchMethodError: a class path problem");

        AnnualReport oom = only(task((bytes, name) -> {
            throw new OutOfMemoryError("Java heap space");
        }, 60).reports(ref("y.txt", seed)));
        assertFailed(oom, "TOO_LARGE", "y.txt: out of memory while parsing");
        assertEquals(64, oom.source().sha256().length(), "the hash goes with it, as in batch");
    }

    private static AnnualReport only(java.util.Iterator<AnnualReport> reports) {
        AnnualReport r = reports.next();
        assertTrue(!reports.hasNext(), "one report");
        return r;
    }

    private static DocumentTask task(DocumentParser parser, double timeoutSeconds) {
        return new DocumentTask(parser, CONF, ParseOptions.defaults().withTimeoutSeconds(timeoutSeconds));
    }

    private static InputRef ref(String name, java.nio.file.Path file) {
        return InputRef.file(name, new Path(file.toUri()), file.toFile().length());
    }

    private static void assertFailed(AnnualReport r, String type, String messageStart) {
        assertEquals(Status.FAILED, r.status());
        assertEquals(type, r.error().type().name());
        assertTrue(r.error().message().startsWith(messageStart), r.error().message());
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
