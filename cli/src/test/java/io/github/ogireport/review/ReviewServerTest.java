package io.github.ogireport.review;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review server over loopback, without a browser: its pages, its headers, and what it refuses. */
class ReviewServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ReviewFixture fixture;
    private static ReviewServer server;

    @BeforeAll
    static void start() throws IOException {
        fixture = ReviewFixture.get();
        server = ReviewServer.start(ReviewFixture.OUT, new InetSocketAddress("127.0.0.1", 0), null, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(ReviewServer s, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(s.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(server, path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
    }

    @Test
    void listensOnLoopbackAndEveryResponseForbidsRemoteLoadsAndInlineScripts() throws Exception {
        assertEquals("127.0.0.1", server.uri().getHost());
        for (String path : List.of("/", "/report/0", "/nothing")) {
            HttpResponse<String> r = get(server, path);
            String policy = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.contains("default-src 'none'"), policy);
            assertTrue(policy.contains("script-src 'self';"), policy);
            assertFalse(policy.contains("unsafe-inline"), policy);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        }
    }

    @Test
    void theOverviewCountsTheFolderAndListsItsFiles() throws Exception {
        Document d = page("/");
        Element status = d.selectFirst("table.count:has(caption:containsOwn(Status))");
        assertNotNull(status);
        assertTrue(d.select("#file-list a[href]").stream().anyMatch(a -> a.text().equals(ReviewFixture.TAMPERED)));
        assertEquals(server.reports(), d.select("#file-list tr").size() - 1, "one row per record, under the header");
        // the filter by failing rule: only the changed copy of seed 002 fails T3-B
        Document failing = page("/?rule=T3-B");
        assertEquals(List.of(ReviewFixture.TAMPERED), failing.select("#file-list td a").eachText());
        Document named = page("/?q=002_4aa");
        assertEquals(List.of(ReviewFixture.SEED_002), named.select("#file-list td a").eachText());
    }

    @Test
    void aReportPageDrawsTheGridWithTheNumbersOfTheDocument() throws Exception {
        Document d = page("/report/" + ReviewFixture.numberOf(ReviewFixture.SEED_002));
        // seed 002, 一、本年新收政府信息公开申请数量: 5 0 0 0 3 0 8; （一）予以公开: 4 0 0 0 0 0 4
        assertEquals(List.of("5", "0", "0", "0", "3", "0", "8"),
                d.select("td[data-key^=requests.newReceived.]").eachText());
        assertEquals("4", d.selectFirst("td[data-key=requests.granted.naturalPerson]").text());
        // labels from the model, in the 2019 layout: 23 data rows of table 三 and the five group rows
        assertEquals(23 + 4, d.select("#table-requests th.label").size());
        assertTrue(d.select("#table-requests th.label").eachText().contains("（六）其他处理"));
        assertEquals(15, d.select("#table-review td.cell").size());
        assertTrue(d.select("td.cell.fail").isEmpty(), "no check fails in seed 002");
        assertNotNull(d.selectFirst("iframe#source[src='/source/" + ReviewFixture.numberOf(ReviewFixture.SEED_002) + "#table'][sandbox]"));
    }

    @Test
    void theCellsOfAFailingCheckAreOutlinedWithTheCheckInTheirTitle() throws Exception {
        Document d = page("/report/" + ReviewFixture.numberOf(ReviewFixture.TAMPERED));
        Element changed = d.selectFirst("td[data-key=requests.granted.naturalPerson]");
        assertEquals("5", changed.text());
        assertTrue(changed.hasClass("fail"));
        assertTrue(changed.attr("title").contains("T3-B granted FAIL: 4 ≠ 5 + 0 + 0 + 0 + 0 + 0"), changed.attr("title"));
        assertTrue(changed.attr("title").contains("T3-C naturalPerson FAIL"), changed.attr("title"));
        // T3-B granted: the row's seven cells; T3-C naturalPerson: 总计 and the 19 handling rows of the column
        assertEquals(7 + 20 - 1, d.select("td.cell.fail").size());
        assertEquals(2, d.select("#failing-checks tr.failing-check").size());
    }

    @Test
    void aHostileSourcePageLosesItsScriptsAndEveryAddress() throws Exception {
        int n = ReviewFixture.numberOf(ReviewFixture.HOSTILE);
        HttpResponse<String> r = get(server, "/source/" + n);
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertFalse(body.contains("127.0.0.1:" + fixture.remotePort), "an address of the remote host is left");
        assertFalse(body.contains("gov.cn/exposure"), "the page's own remote script is left");
        Document d = Jsoup.parse(body);
        assertTrue(d.select("script, style, iframe, object, embed, form, input, video, meta[http-equiv], svg").isEmpty());
        assertTrue(d.select("[src], [srcset], [background], [poster], [data], [action]").isEmpty());
        assertEquals(List.of("/assets/review.css"), d.select("[href]").eachAttr("href"));
        assertTrue(d.getAllElements().stream().allMatch(e -> e.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on"))));
        assertTrue(d.text().contains("予以公开"), "the report's text is shown");
    }

    @Test
    void pathsThatWalkOutOfTheServerAreRefused() throws Exception {
        for (String path : List.of("/source/../../../etc/passwd", "/assets/..%2F..%2Fpom.xml", "/assets/../pom.xml",
                "/report/-1", "/report/99999", "/report/1abc", "/report/%2e%2e/0")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("<project"), path);
        }
        // a name that is not this machine's, as a page of another site would send after rebinding its name here
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.uri().getPort())) {
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 421"), answer);
            assertFalse(answer.contains(ReviewFixture.SEED_002));
        }
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.uri()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void everyStringOfARecordIsEscapedAndContractTwoDetailsAreRead(@TempDir Path out) throws Exception {
        String hostile = "<img src=x onerror=alert(1)>";
        String record = "{\"contract\":2,\"file\":\"<script>alert(2)</script>.txt\",\"status\":\"PARTIAL\",\"format\":\"TEXT\","
                + "\"template\":\"2021\",\"title\":null,\"agency\":\"" + hostile.replace("\"", "\\\"") + "\",\"year\":2022,"
                + "\"publishDate\":null,\"period\":null,\"sections\":[],"
                + "\"cells\":{\"requests.newReceived.naturalPerson\":3,\"requests.newReceived.commercialEnterprise\":null,"
                + "\"requests.newReceived.researchInstitution\":null,\"requests.newReceived.socialWelfareOrg\":12,"
                + "\"requests.newReceived.legalServiceOrg\":7,\"active.fees.amountWanYuan\":null},"
                + "\"cellDetails\":{\"requests.newReceived.researchInstitution\":{\"raw\":\"1O\",\"kind\":\"UNDECIDED\",\"unit\":null,"
                + "\"candidates\":[\"10\",\"1\"]},\"requests.newReceived.socialWelfareOrg\":{\"raw\":\"12\",\"kind\":\"NUMBER\","
                + "\"unit\":null,\"how\":[\"GLUED_DIGITS\"]},\"requests.newReceived.legalServiceOrg\":{\"raw\":\"7\",\"kind\":\"NUMBER\","
                + "\"unit\":null,\"how\":[\"OCR\"],\"confidence\":0.62},\"active.fees.amountWanYuan\":{\"raw\":\"<b>\",\"kind\":\"TEXT\",\"unit\":null}},"
                + "\"extraRows\":[],\"checks\":[],\"warnings\":[{\"code\":\"X\",\"where\":null,\"message\":\"" + hostile.replace("\"", "\\\"") + "\"}],"
                + "\"source\":null,\"error\":null}\n";
        Files.writeString(out.resolve("reports.jsonl"), record, StandardCharsets.UTF_8);
        try (ReviewServer s = ReviewServer.start(out, new InetSocketAddress("127.0.0.1", 0), out, null)) {
            for (String path : List.of("/", "/report/0", "/?q=" + java.net.URLEncoder.encode("<script>", StandardCharsets.UTF_8))) {
                String body = get(s, path).body();
                assertFalse(body.contains(hostile), path);
                assertFalse(body.contains("<script>alert(2)"), path);
                assertFalse(body.contains("<b>"), path);
            }
            Document d = Jsoup.parse(get(s, "/report/0").body());
            assertTrue(d.text().contains(hostile), "shown as text");
            assertTrue(d.selectFirst("td[data-key=requests.newReceived.naturalPerson]").hasClass("k-number"));
            assertEquals("3", d.selectFirst("td[data-key=requests.newReceived.naturalPerson]").text());
            assertTrue(d.selectFirst("td[data-key=requests.newReceived.commercialEnterprise]").hasClass("k-missing"));
            Element undecided = d.selectFirst("td[data-key=requests.newReceived.researchInstitution]");
            assertTrue(undecided.hasClass("k-undecided"));
            assertTrue(undecided.attr("title").contains("readings 10 | 1"), undecided.attr("title"));
            assertTrue(d.selectFirst("td[data-key=requests.newReceived.socialWelfareOrg]").hasClass("k-decided"));
            Element ocr = d.selectFirst("td[data-key=requests.newReceived.legalServiceOrg]");
            assertTrue(ocr.hasClass("k-ocr"));
            assertEquals("70.62", ocr.text());
            assertTrue(d.selectFirst("td[data-key=active.fees.amountWanYuan]").hasClass("k-text"));
            // 2021 layout: 25 data rows of table 三, (六)其他处理 a group row
            assertEquals(25 + 5, d.select("#table-requests th.label").size());
            assertNotNull(d.selectFirst("#table-requests tr.group th:containsOwn(（六）其他处理)"));
        }
    }
}
