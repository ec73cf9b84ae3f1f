package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line under the C locale, as containers and cron start it: Chinese file names are read and recorded as
 * they are, never as U+FFFD. CI exports a UTF-8 locale, so the child JVM's environment is set here.
 */
@EnabledOnOs(OS.LINUX)
class AnyLocaleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "高坪区2019年政府信息公开年报.txt";

    /** The environment of a process started from cron: no LANG, no LC_* but LC_ALL=C. */
    private static void cLocale(Map<String, String> env) {
        env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        env.put("LC_ALL", "C");
        env.remove(Utf8Locale.RELAUNCHED);
    }

    private record Run(int exit, String out, String err) {
        static Run of(Map<String, String> extra, String... args) throws Exception {
            Process p = ChildJvm.start(Main.class, env -> {
                cLocale(env);
                env.putAll(extra);
            }, args);
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        }
    }

    private static Path chineseNamedReport(Path in) throws IOException {
        Path folder = Files.createDirectories(in.resolve("四川省").resolve("南充市"));
        return Files.copy(TestData.seed(2), folder.resolve(NAME));
    }

    @Test
    void batchUnderTheCLocaleRecordsChineseNamesAsTheyAre(@TempDir Path in, @TempDir Path out) throws Exception {
        Path report = chineseNamedReport(in);
        Run run = Run.of(Map.of(), "batch", in.toString(), "--out", out.toString(), "--quiet");
        assertEquals(Main.EXIT_OK, run.exit(), run.err());
        String line = Files.readString(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);
        JsonNode r = JSON.readTree(line);
        assertEquals(report.toString(), r.get("file").asText());
        assertEquals("OK", r.get("status").asText());
        assertTrue(!line.contains("\uFFFD"));
        assertTrue(Files.readString(out.resolve("cells.csv"), StandardCharsets.UTF_8).contains(NAME));
    }

    @Test
    void parseOfAChineseNameGivenOnTheCommandLine(@TempDir Path in) throws Exception {
        Path report = chineseNamedReport(in);
        Run run = Run.of(Map.of(), "parse", report.toString(), "--compact");
        assertEquals(Main.EXIT_OK, run.exit(), run.err());
        JsonNode r = JSON.readTree(run.out());
        assertEquals(report.toString(), r.get("file").asText());
        assertEquals("高坪区人民政府办公室", r.get("agency").asText());
    }

    @Test
    void withoutAUtf8LocaleToRunInItRefusesAndSaysHow(@TempDir Path in) throws Exception {
        Path report = chineseNamedReport(in);
        // as if the command line had been started again and the UTF-8 locale were not installed
        Run run = Run.of(Map.of(Utf8Locale.RELAUNCHED, "1"), "parse", report.toString());
        assertEquals(Main.EXIT_USAGE, run.exit());
        assertTrue(run.err().contains("file names cannot be read in this locale"), run.err());
        assertTrue(run.err().contains("LC_ALL=C.UTF-8 java -jar ogi-report.jar"), run.err());
        assertEquals("", run.out());
    }
}
