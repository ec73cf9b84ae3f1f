package io.github.ogireport.spark;

import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.cli.ZipArchives;
import io.github.ogireport.extract.zip.SystemFiles;
import io.github.ogireport.extract.zip.ZipContainer;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Source;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads and parses the documents of one input the way {@code batch} does, so that whatever happens to a document
 * becomes a report and never ends the task: a file that cannot be read is FAILED ({@code IO}, {@code TOO_LARGE}),
 * one that runs out of memory while parsing is FAILED ({@code TOO_LARGE}), one still running after the time limit
 * is abandoned and FAILED ({@code TIMED_OUT}), and any other throwable is FAILED ({@code INTERNAL_ERROR}). The
 * messages are batch's. A zip archive of inputs gives one report per member, named {@code archive!/member}.
 */
final class DocumentTask {
    private final DocumentParser parser;
    private final Configuration conf;
    private final ParseOptions options;

    DocumentTask(DocumentParser parser, Configuration conf, ParseOptions options) {
        this.parser = parser;
        this.conf = conf;
        this.options = options;
    }

    /** The reports of one input: one for a document, one per member for a zip archive (read as they are asked for). */
    Iterator<AnnualReport> reports(InputRef input) {
        String name = input.name();
        if (input.listingError() != null) {
            return one(ioFailure(name, input.listingError()));
        }
        Read read = guarded(name, () -> readAndParse(input));
        if (read.report() != null) {
            return one(read.report());
        }
        if (read.archive() != null) {
            return new Members(name, ZipArchives.open(new ByteArrayInputStream(read.archive()), read.names()));
        }
        // over the size limit: an archive is read member by member (as batch does, whatever its size), a document
        // is refused
        try {
            Charset names = ZipArchives.namesCharset(() -> open(input.path()));
            if (names != null) {
                return new Members(name, ZipArchives.open(open(input.path()), names));
            }
        } catch (IOException | RuntimeException e) {
            return one(ioFailure(name, e.toString()));
        }
        return one(ReportParser.failed(tooLarge(name, read.size())));
    }

    /**
     * What reading a file gave: its report, the bytes of a zip archive of inputs and the charset of their names, or
     * a size over the limit.
     */
    private record Read(AnnualReport report, byte[] archive, Charset names, long size) {
    }

    private Read readAndParse(InputRef input) {
        String name = input.name();
        byte[] bytes;
        try {
            Path path = input.path();
            long size = input.size() >= 0 ? input.size() : path.getFileSystem(conf).getFileStatus(path).getLen();
            if (size > options.maxBytes()) {
                return new Read(null, null, null, size);
            }
            try (InputStream in = open(path)) {
                bytes = readAtMostOnePastLimit(in);
            }
        } catch (IOException | RuntimeException e) {
            return new Read(ioFailure(name, e.toString()), null, null, -1);
        }
        Charset names = ZipContainer.startsAsZip(bytes) ? ZipArchives.namesCharset(() -> new ByteArrayInputStream(bytes))
                : null;
        if (names != null) {
            return new Read(null, bytes, names, bytes.length);
        }
        return new Read(parse(bytes, name), null, null, bytes.length);
    }

    /** Parses bytes already read; a parse that runs out of memory fails that document only. */
    private AnnualReport parse(byte[] bytes, String name) {
        try {
            return parser.parseOrFailed(bytes, name);
        } catch (OutOfMemoryError e) {
            return ReportParser.failed(ReportReadException.outOfMemory(name, e), Source.ofHash(ReportParser.sha256(bytes)));
        }
    }

    /**
     * Runs the work on a thread of its own, as batch does: one that never returns is abandoned (interrupted and left
     * behind) and the task goes on; any throwable becomes a FAILED report.
     */
    private Read guarded(String name, Callable<Read> work) {
        CompletableFuture<Read> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "ogi-report-worker");
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(options.timeoutNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return failedRead(ReportParser.failed(ReportReadException.abandoned(name,
                    java.time.Duration.ofNanos(options.timeoutNanos()))));
        } catch (ExecutionException e) {
            return failedRead(ReportParser.failed(ReportReadException.internalError(name, e.getCause())));
        } catch (InterruptedException e) {
            // Spark is killing the task (job cancelled, speculative copy lost): stop, do not make up a report
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the task was interrupted while parsing " + name, e);
        }
    }

    /**
     * The members of a zip archive, each read here (the stream goes forward only) and parsed under the guard. A member
     * that is a zip archive of inputs itself is read member by member where it stands ({@code outer!/inner!/path}),
     * as batch reads it, when it is within the size limit (it is held in memory) and the depth limit.
     */
    private final class Members implements Iterator<AnnualReport> {
        /** The archives being read, the innermost first. */
        private final java.util.Deque<Archive> open = new java.util.ArrayDeque<>();
        private AnnualReport next;

        private record Archive(String name, java.util.zip.ZipInputStream zip, int depth) {
        }

        Members(String archive, java.util.zip.ZipInputStream zip) {
            open.push(new Archive(archive, zip, 1));
        }

        @Override
        public boolean hasNext() {
            while (next == null && !open.isEmpty()) {
                advance(open.peek());
            }
            return next != null;
        }

        @Override
        public AnnualReport next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            AnnualReport r = next;
            next = null;
            return r;
        }

        private void advance(Archive archive) {
            java.util.zip.ZipInputStream zip = archive.zip();
            java.util.zip.ZipEntry e;
            try {
                e = zip.getNextEntry();
            } catch (IOException | RuntimeException failure) {
                // a damaged archive ends here: what it held after this point cannot be reached from a stream
                finish();
                next = ioFailure(archive.name() + "!/", failure.toString());
                return;
            }
            if (e == null) {
                finish();
                return;
            }
            if (e.isDirectory() || InputListing.isExpectedFile(e.getName()) || SystemFiles.is(e.getName())) {
                return;
            }
            String name = archive.name() + "!/" + e.getName();
            if (e.getSize() > options.maxBytes()) {
                next = ReportParser.failed(tooLarge(name, e.getSize()));
                return;
            }
            byte[] bytes;
            try {
                // the listed size can lie (zip bombs): at most one byte past the limit
                bytes = readAtMostOnePastLimit(zip);
                if (e.getSize() < 0 && bytes.length > options.maxBytes()) {
                    // a streamed entry lists no size: count it, to say what batch says from the archive's directory
                    next = ReportParser.failed(tooLarge(name, bytes.length + zip.transferTo(OutputStream.nullOutputStream())));
                    return;
                }
            } catch (IOException | RuntimeException failure) {
                finish();
                next = ioFailure(name, failure.toString());
                return;
            }
            Charset names = archive.depth() < ZipArchives.MAX_DEPTH && ZipContainer.startsAsZip(bytes)
                    ? ZipArchives.namesCharset(() -> new ByteArrayInputStream(bytes)) : null;
            if (names != null) {
                open.push(new Archive(name, ZipArchives.open(new ByteArrayInputStream(bytes), names),
                        archive.depth() + 1));
                return;
            }
            next = guarded(name, () -> new Read(parse(bytes, name), null, null, bytes.length)).report();
        }

        /** Closes the innermost archive: its members are all read, or no more can be. */
        private void finish() {
            try {
                open.pop().zip().close();
            } catch (IOException e) {
                // every member was read already; a failing close loses nothing
            }
        }
    }

    private Read failedRead(AnnualReport report) {
        return new Read(report, null, null, -1);
    }

    private InputStream open(Path path) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        return fs.open(path);
    }

    private byte[] readAtMostOnePastLimit(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
    }

    private ReportReadException tooLarge(String name, long size) {
        return ReportReadException.tooLarge(name, size, options.maxBytes());
    }

    private static Iterator<AnnualReport> one(AnnualReport report) {
        return Collections.singletonList(report).iterator();
    }

    private static AnnualReport ioFailure(String name, String why) {
        return ReportParser.failed(ReportReadException.unreadable(name, why));
    }
}
