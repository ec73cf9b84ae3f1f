package io.github.ogireport.review;

import com.sun.net.httpserver.HttpServer;
import io.github.ogireport.TestData;
import io.github.ogireport.cli.Main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One {@code batch} run for the review tests, made once per test JVM: the seeds and the HTML pages of testdata, a copy
 * of seed 002 with one number changed so that two checks fail, and a copy of a real HTML report with hostile markup
 * aimed at a second loopback server, the "remote" host, which counts every request it receives.
 */
final class ReviewFixture {
    static final Path ROOT = Path.of("target", "review-fixture");
    static final Path OUT = ROOT.resolve("out");
    static final Path IN = ROOT.resolve("in");
    /** Seed 002 (高坪区人民政府办公室, 2019) with 予以公开/自然人 printed as 5 instead of 4: T3-B granted and T3-C naturalPerson fail. */
    static final String TAMPERED = "target/review-fixture/in/gaoping-2019-granted-changed.txt";
    static final String HOSTILE = "target/review-fixture/in/hostile-gaoping-2019.html";
    static final String SEED_002 = TestData.seed(2).toString();

    private static ReviewFixture made;

    /** The paths the "remote" server was asked for. */
    final List<String> remoteRequests = new CopyOnWriteArrayList<>();
    final int remotePort;

    private ReviewFixture() throws IOException {
        HttpServer remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        remote.createContext("/", exchange -> {
            remoteRequests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        remote.start();
        remotePort = remote.getAddress().getPort();
        Files.createDirectories(IN);
        List<String> seed = Files.readAllLines(Path.of(SEED_002), StandardCharsets.UTF_8);
        // line 185 is the first cell of （一）予以公开: 4 in the report
        if (!seed.get(182).equals("(一)予以公开") || !seed.get(184).equals("4")) {
            throw new IllegalStateException("seed 002 is not as this fixture expects");
        }
        seed.set(184, "5");
        Files.write(Path.of(TAMPERED), seed, StandardCharsets.UTF_8);
        String page = Files.readString(TestData.of("html/cms-trs-gaoping-2019.html"), StandardCharsets.UTF_8);
        Files.writeString(Path.of(HOSTILE), page.replace("</body>", hostileMarkup(remotePort) + "</body>"),
                StandardCharsets.UTF_8);
        int exit = Main.run("batch", TestData.SEEDS.toString(), TestData.HTML.toString(), IN.toString(), "--out",
                OUT.toString(),
                "--overwrite", "--quiet");
        if (exit != 0 && exit != 3) {
            throw new IllegalStateException("batch ended with " + exit);
        }
    }

    /** Markup that would run a script or fetch from the remote host, in every way a page commonly does. */
    static String hostileMarkup(int port) {
        String remote = "http://127.0.0.1:" + port;
        return String.join("\n",
                "<script>window.parent.document.body.setAttribute('data-pwned','script');new Image().src='" + remote + "/script';</script>",
                "<script src=\"" + remote + "/remote.js\"></script>",
                "<img src=\"" + remote + "/img.png\" onerror=\"window.parent.document.body.setAttribute('data-pwned','onerror')\">",
                "<link rel=\"stylesheet\" href=\"" + remote + "/style.css\">",
                "<style>body{background:url(" + remote + "/style-bg.png)}</style>",
                "<iframe src=\"" + remote + "/frame\"></iframe>",
                "<div style=\"background-image:url(" + remote + "/bg.png)\">背景</div>",
                "<svg><image href=\"" + remote + "/svg.png\"/></svg>",
                "<a href=\"javascript:window.parent.document.body.setAttribute('data-pwned','link')\">链接</a>",
                "<object data=\"" + remote + "/object\"></object>",
                "<video poster=\"" + remote + "/poster.png\"></video>",
                "<form action=\"" + remote + "/form\"><input type=\"image\" src=\"" + remote + "/input.png\"></form>",
                "<table background=\"" + remote + "/table.png\"><tr><td>x</td></tr></table>",
                "<meta http-equiv=\"refresh\" content=\"0;url=" + remote + "/refresh\">");
    }

    static synchronized ReviewFixture get() {
        if (made == null) {
            try {
                made = new ReviewFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return made;
    }

    /** The lines of the fixture's reports.jsonl, for finding a record's number by its file. */
    static int numberOf(String file) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> files = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(OUT.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            files.add(json.readTree(line).path("file").asText());
        }
        int n = files.indexOf(file);
        if (n < 0) {
            throw new IllegalStateException(file + " is not in the fixture's records: " + files);
        }
        return n;
    }
}
