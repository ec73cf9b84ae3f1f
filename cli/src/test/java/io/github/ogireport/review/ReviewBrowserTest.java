package io.github.ogireport.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The review page in a real browser: headless Chromium from the system's packages, driven through its chromedriver
 * (given by path, so that nothing is ever downloaded). Without them the tests are skipped with a notice, and fail on CI.
 */
class ReviewBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("review.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("review.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "review-screenshots");

    private static ReviewFixture fixture;
    private static ReviewServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String notice = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                fail(notice);
            }
            System.out.println("NOTICE: skipped: " + notice);
            Assumptions.abort(notice);
        }
        fixture = ReviewFixture.get();
        server = ReviewServer.start(ReviewFixture.OUT, new InetSocketAddress("127.0.0.1", 0), null, null);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile = Files.createTempDirectory("review-chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile,
                // no name resolves: a page could reach no host but the loopback servers of the test
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theOverviewDrawsItsChartsWithTheBundledLibrary() throws IOException {
        browser.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // a chart that the page's own script drew with Chart.js, under a policy that allows no inline script
        wait.until(d -> painted("chart-received") > 0);
        assertTrue(painted("chart-warnings") > 0);
        assertEquals(server.reports(), browser.findElements(By.cssSelector("#file-list tr")).size() - 1);
        screenshot("overview.png");
    }

    @Test
    void aReportPageShowsItsGridAndOutlinesTheFailingCheck() throws IOException {
        browser.get(server.uri().resolve("/report/" + ReviewFixture.numberOf(ReviewFixture.TAMPERED)).toString());
        WebElement changed = browser.findElement(By.cssSelector("td[data-key='requests.granted.naturalPerson']"));
        assertEquals("5", changed.getText());
        assertTrue(changed.getAttribute("class").contains("fail"));
        assertEquals("solid", changed.getCssValue("outline-style"), "the style sheet outlines a failing check's cells");
        assertEquals("8", browser.findElement(By.cssSelector("td[data-key='requests.newReceived.total']")).getText());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> sourceText().contains("予以公开"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('table-requests').scrollIntoView()");
        screenshot("report.png");
        // the page's script outlines a check's cells while the pointer is on the check: T3-B granted, its row's 7 cells
        WebElement check = browser.findElement(By.cssSelector("#failing-checks tr.failing-check"));
        new Actions(browser).moveToElement(check).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                d.findElements(By.cssSelector("td.cell.hl")).size() == 7);
    }

    @Test
    void aHostileSourcePageRunsNoScriptAndFetchesNothingOutsideTheServer() throws IOException {
        drain();
        browser.get(server.uri().resolve("/report/" + ReviewFixture.numberOf(ReviewFixture.HOSTILE)).toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> sourceText().contains("予以公开"));
        ((JavascriptExecutor) browser).executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500)");
        assertEquals(List.of(), fixture.remoteRequests, "requests reached the remote host");
        assertNull(browser.findElement(By.tagName("body")).getAttribute("data-pwned"), "a script of the page ran");
        browser.switchTo().frame("source");
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.scripts.length"));
        browser.switchTo().defaultContent();
        List<String> outside = new ArrayList<>();
        for (String url : requested()) {
            if (!url.startsWith(server.uri().toString()) && !url.startsWith("data:") && !url.equals("about:blank")) {
                outside.add(url);
            }
        }
        assertEquals(List.of(), outside, "requests the browser made outside the server");
        screenshot("hostile.png");
        // the remote host does count what reaches it
        browser.get("http://127.0.0.1:" + fixture.remotePort + "/probe");
        assertEquals(List.of("/probe"), fixture.remoteRequests);
    }

    private static String sourceText() {
        browser.switchTo().frame("source");
        try {
            return browser.findElement(By.tagName("body")).getText();
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    /** How many pixels of a canvas are painted. */
    private static long painted(String canvas) {
        Object n = ((JavascriptExecutor) browser).executeScript(
                "var c = document.getElementById(arguments[0]); if (!c) return 0;"
                        + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                        + "for (var i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;", canvas);
        return ((Number) n).longValue();
    }

    /** Empties the browser's performance log, so that {@link #requested} tells what the next page asked for. */
    private static void drain() {
        browser.manage().logs().get(LogType.PERFORMANCE);
    }

    /** The URLs of every request the browser sent since the log was last read. */
    private static List<String> requested() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(e.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asText());
            }
        }
        assertTrue(urls.stream().anyMatch(u -> u.contains("/source/")), "the log holds the page's requests: " + urls);
        return urls;
    }

    /** Saves a screenshot and checks that it shows something: many colours, not one. */
    private static void screenshot(String name) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, name + " looks blank: " + colours.size() + " colours");
    }

}
