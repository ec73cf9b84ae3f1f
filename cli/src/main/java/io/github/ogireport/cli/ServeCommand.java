package io.github.ogireport.cli;

import io.github.ogireport.ReportParser;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.review.ReviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve OUT_DIR}: the review page of a batch output folder in the browser; {@code serve FILE} parses one file
 * and shows it. Listens on the loopback address unless {@code --host} says otherwise.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the review page of a batch output folder (or of one parsed file) on http://127.0.0.1:PORT/.",
                "Overview, each report's tables beside its source, and with --compare the changes against an older run."})
final class ServeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT_DIR|FILE", description = "a batch output folder, or one report file")
    Path target;

    @Option(names = "--port", paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port = 8765;

    @Option(names = "--host", paramLabel = "H", description = "the address to listen on (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--sources", paramLabel = "DIR", description = "where the source files are, when they moved since the batch")
    Path sources;

    @Option(names = "--compare", paramLabel = "OLD_OUT", description = "an older batch output folder to compare with")
    Path compare;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.exists(target)) {
            System.err.println("no such file or folder: " + target);
            return Main.EXIT_USAGE;
        }
        if (compare != null && !Files.isRegularFile(compare.resolve("reports.jsonl"))) {
            System.err.println(compare + ": no reports.jsonl to compare with");
            return Main.EXIT_USAGE;
        }
        if (port < 0 || port > 65535) {
            System.err.println("bad value: --port takes 0 to 65535");
            return Main.EXIT_USAGE;
        }
        Path out = target;
        Path sourceFolder = sources;
        if (!Files.isDirectory(target)) {
            out = parsedAlone(target);
            sourceFolder = target.toAbsolutePath().getParent();
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            System.err.println("bad value: --host " + host + " is not an address of this machine");
            return Main.EXIT_USAGE;
        }
        if (!address.isLoopbackAddress()) {
            System.err.println("warning: listening on " + host + ", reachable from other machines");
        }
        ReviewServer server;
        try {
            server = ReviewServer.start(out, new InetSocketAddress(address, port), sourceFolder, compare);
        } catch (IOException e) {
            // not an output folder, the sources' folder not there, the port taken: said in one line
            System.err.println("cannot serve " + target + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        System.out.println("serving " + server.reports() + " records on " + server.uri() + " (Ctrl-C to stop)");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await(); // until the process is stopped
        return Main.EXIT_OK;
    }

    /** A folder holding the one record of a file parsed now, named by the file's name in its own folder. */
    private static Path parsedAlone(Path file) throws IOException {
        AnnualReport report = new ReportParser().parseOrFailed(Files.readAllBytes(file), file.getFileName().toString());
        Path folder = Files.createTempDirectory("ogi-report-serve");
        Path jsonl = folder.resolve("reports.jsonl");
        Files.write(jsonl, ReportJson.toUtf8Line(report));
        jsonl.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        return folder;
    }
}
