package io.github.ogireport.review;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ogireport.model.Limits;
import io.github.ogireport.verify.Change;
import io.github.ogireport.verify.ChangeKind;
import io.github.ogireport.verify.ReportDiff;
import io.github.ogireport.verify.RunDiff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review page of a {@code batch} output folder: a local web server (the JDK's {@link HttpServer}) with the overview
 * at {@code /}, one report at {@code /report/N} beside its source, and with a comparison run the differences at
 * {@code /diff}. It reads records from {@code reports.jsonl} by their byte offsets, so its heap does not grow with the
 * records' size. Every response forbids scripts and loads from anywhere but the server itself
 * ({@code Content-Security-Policy}); source documents are cleaned before they are shown.
 *
 * <pre>{@code
 * try (ReviewServer server = ReviewServer.start(Path.of("out"), new InetSocketAddress("127.0.0.1", 8765), null, null)) {
 *     System.out.println(server.uri());
 * }
 * }</pre>
 */
public final class ReviewServer implements AutoCloseable {
    /** What every response allows: its own scripts, styles, images and frames, nothing remote, nothing inline. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "frame-src 'self'; connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'self'";
    private static final int PAGE_SIZE = 100;
    private static final Pattern REPORT = Pattern.compile("/report/(\\d{1,9})");
    private static final Pattern SOURCE = Pattern.compile("/source/(\\d{1,9})");
    private static final Pattern PDF_PAGE = Pattern.compile("/source/(\\d{1,9})/page/(\\d{1,4})\\.png");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final ReportIndex index;
    private final JsonNode summary;
    private final SourceFinder sources;
    private final RunDiff diff;
    private final Map<String, ReportDiff> diffByFile = new HashMap<>();
    private final Map<String, byte[]> assets = new HashMap<>();

    private ReviewServer(HttpServer server, ReportIndex index, JsonNode summary, SourceFinder sources, RunDiff diff) {
        this.server = server;
        this.index = index;
        this.summary = summary;
        this.sources = sources;
        this.diff = diff;
        if (diff != null) {
            diff.changed().forEach(d -> diffByFile.put(d.file(), d));
        }
        this.workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "review-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /**
     * Starts serving an output folder.
     *
     * @param out the folder {@code batch} wrote: {@code reports.jsonl}, and {@code summary.json} when there
     * @param address where to listen (loopback unless asked otherwise)
     * @param sourceFolder where the source files are now ({@code --sources}), or null for the folder batch ran in
     * @param compare an older output folder to compare with, or null
     * @throws IOException when the folder cannot be read, naming the file
     */
    public static ReviewServer start(Path out, InetSocketAddress address, Path sourceFolder, Path compare)
            throws IOException {
        Path jsonl = out.resolve("reports.jsonl");
        if (!Files.isRegularFile(jsonl)) {
            throw new IOException(out + ": no reports.jsonl (not a batch output folder)");
        }
        ReportIndex index = ReportIndex.build(jsonl);
        Path summaryFile = out.resolve("summary.json");
        JsonNode summary = Files.isRegularFile(summaryFile) ? JSON.readTree(summaryFile.toFile()) : JSON.createObjectNode();
        Path folder = sourceFolder != null ? sourceFolder
                : summary.hasNonNull("workingDirectory") ? Path.of(summary.path("workingDirectory").asText())
                : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": the folder of the sources is not there (give it with --sources DIR)");
        }
        SourceFinder finder = new SourceFinder(folder, sourceFolder != null, Limits.DEFAULT.maxBytes());
        RunDiff diff = null;
        if (compare != null) {
            diff = RunDiff.between(compare.resolve("reports.jsonl"), jsonl);
        }
        HttpServer http = HttpServer.create(address, 16);
        ReviewServer s = new ReviewServer(http, index, summary, finder, diff);
        http.start();
        return s;
    }

    /** The address of the overview. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** How many records the folder holds. */
    public int reports() {
        return index.size();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
                // a page elsewhere whose name was made to resolve to this machine (DNS rebinding) reads nothing
                send(exchange, 421, "text/plain", "unknown host".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain", "only GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            try {
                route(exchange);
            } catch (BadRequest e) {
                sendPage(exchange, e.status, "Not here", "<main><p class=\"none\">" + Markup.esc(e.getMessage()) + "</p></main>");
            } catch (IOException | RuntimeException e) {
                System.err.println("review server: " + exchange.getRequestURI().getRawPath() + ": " + e);
                sendPage(exchange, 500, "Error", "<main><p class=\"error\">" + Markup.esc(e.toString()) + "</p></main>");
            }
        }
    }

    /** A request the server cannot answer: an unknown address, a record that is not there, a malformed query. */
    private static final class BadRequest extends Exception {
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void route(HttpExchange exchange) throws IOException, BadRequest {
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Matcher m;
        if (path.equals("/")) {
            sendHtml(exchange, overview(query));
        } else if ((m = REPORT.matcher(path)).matches()) {
            sendHtml(exchange, report(number(m.group(1))));
        } else if ((m = SOURCE.matcher(path)).matches()) {
            int n = number(m.group(1));
            JsonNode record = index.read(n);
            SourceFinder.Found found = sources.find(record.path("file").asText());
            if (found.bytes() == null) {
                throw new BadRequest(404, found.note());
            }
            sendHtml(exchange, SourceDocument.page(n, record.path("file").asText(), found.bytes(),
                    record.path("source").path("charset").isTextual() ? record.path("source").path("charset").asText() : null));
        } else if ((m = PDF_PAGE.matcher(path)).matches()) {
            int n = number(m.group(1));
            SourceFinder.Found found = sources.find(index.read(n).path("file").asText());
            if (found.bytes() == null) {
                throw new BadRequest(404, found.note());
            }
            byte[] png;
            try {
                png = SourceDocument.pdfPage(found.bytes(), Integer.parseInt(m.group(2)));
            } catch (IOException e) {
                throw new BadRequest(404, e.getMessage());
            }
            send(exchange, 200, "image/png", png);
        } else if (path.equals("/diff") && diff != null) {
            sendHtml(exchange, DiffPage.render(diff, index));
        } else if (path.equals("/assets/chart.js")) {
            send(exchange, 200, "text/javascript; charset=utf-8", asset(PageShell.CHART_JS));
        } else if (path.equals("/assets/" + PageShell.SCRIPT)) {
            send(exchange, 200, "text/javascript; charset=utf-8", asset(PageShell.SCRIPT));
        } else if (path.equals("/assets/" + PageShell.STYLE)) {
            send(exchange, 200, "text/css; charset=utf-8", asset(PageShell.STYLE));
        } else {
            throw new BadRequest(404, "nothing at " + path);
        }
    }

    /**
     * Whether a request's Host header names this server: on a loopback address only the loopback names are taken,
     * so that no other site's page reaches the server through a name of its own.
     */
    private boolean hostAllowed(String host) {
        if (!server.getAddress().getAddress().isLoopbackAddress()) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        return name.equals("127.0.0.1") || name.equalsIgnoreCase("localhost") || name.equals("[::1]");
    }

    private byte[] asset(String name) {
        synchronized (assets) {
            return assets.computeIfAbsent(name, PageShell::bytes);
        }
    }

    private int number(String digits) throws BadRequest {
        int n = Integer.parseInt(digits);
        if (n >= index.size()) {
            throw new BadRequest(404, "no record " + n + ": the folder holds " + index.size());
        }
        return n;
    }

    private static Map<String, String> query(String raw) throws BadRequest {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.put(key, value.strip());
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, "a malformed query: " + e.getMessage());
            }
        }
        return query;
    }

    private String overview(Map<String, String> query) throws IOException, BadRequest {
        ObjectNode s = JSON.createObjectNode();
        s.put("reports", index.size());
        if (summary.hasNonNull("workingDirectory")) {
            s.set("workingDirectory", summary.get("workingDirectory"));
        }
        index.counts().forEach((name, counts) -> {
            ObjectNode o = s.putObject(name);
            counts.forEach(o::put);
        });
        StringWriter years = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(years)) {
            g.writeStartObject();
            index.figures().write(g);
            g.writeEndObject();
        }
        s.set("byYear", JSON.readTree(years.toString()).get("byYear"));
        for (String field : List.of("thisRun", "crossYear")) {
            if (summary.has(field)) {
                s.set(field, summary.get(field));
            }
        }
        String title = "Review: " + index.size() + " records";
        return OverviewPage.render(title, s, FileList.render(index, ListFilter.of(query), page(query), PAGE_SIZE, diff != null), false);
    }

    private static int page(Map<String, String> query) throws BadRequest {
        String p = query.getOrDefault("page", "0");
        if (!p.matches("\\d{1,6}")) {
            throw new BadRequest(400, "page is a number");
        }
        return Integer.parseInt(p);
    }

    private String report(int n) throws IOException {
        JsonNode record = index.read(n);
        String file = record.path("file").asText();
        Map<String, Change> cells = new HashMap<>();
        List<Change> other = List.of();
        ReportDiff d = diffByFile.get(file);
        if (d != null) {
            d.changes(ChangeKind.CELL).forEach(c -> cells.put(c.key(), c));
            other = d.changes().stream().filter(c -> c.kind() != ChangeKind.CELL).toList();
        }
        SourceFinder.Found found = sources.find(file);
        return ReportPage.render(n, index.size(), record, cells, other, found.note(), found.bytes() != null);
    }

    private void sendPage(HttpExchange exchange, int status, String title, String body) throws IOException {
        send(exchange, status, "text/html; charset=utf-8",
                PageShell.page(title, "<header><p class=\"nav\"><a href=\"/\">overview</a></p></header>" + body, null, false)
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static void sendHtml(HttpExchange exchange, String html) throws IOException {
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Content-Security-Policy", POLICY);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
