package io.github.ogireport;

import io.github.ogireport.model.Limits;
import io.github.ogireport.model.OcrMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A parser is made once by its builder, with the defaults unless told otherwise. */
class ReportParserBuilderTest {

    @Test
    void defaultsAreTheDefaultLimitsAndOcrWhereNeeded() {
        ReportParser parser = ReportParser.builder().build();
        assertEquals(Limits.DEFAULT, parser.limits());
        assertEquals(OcrMode.AUTO, parser.ocr());
        assertEquals(Limits.DEFAULT, new ReportParser().limits());
        assertEquals(OcrMode.AUTO, new ReportParser().ocr());
    }

    @Test
    void settingsAreKeptAndLaterBuildsDoNotChangeEarlierParsers() {
        Limits tight = Limits.DEFAULT.withTimeout(Duration.ofSeconds(5)).withMaxBytes(1 << 20);
        ReportParser.Builder builder = ReportParser.builder().limits(tight).ocr(OcrMode.OFF);
        ReportParser first = builder.build();
        ReportParser second = builder.ocr(OcrMode.FORCE).limits(Limits.DEFAULT).build();
        assertEquals(tight, first.limits());
        assertEquals(OcrMode.OFF, first.ocr());
        assertEquals(Limits.DEFAULT, second.limits());
        assertEquals(OcrMode.FORCE, second.ocr());
    }

    @Test
    void nullSettingsAreRefused() {
        assertThrows(NullPointerException.class, () -> ReportParser.builder().limits(null));
        assertThrows(NullPointerException.class, () -> ReportParser.builder().ocr(null));
    }

    /** The deprecated constructors build the same parser as the builder. */
    @Test
    @SuppressWarnings("deprecation")
    void theOldConstructorsStillWork() {
        assertEquals(Limits.DEFAULT.withMaxBytes(10), new ReportParser(10).limits());
        Limits slow = Limits.DEFAULT.withTimeout(Duration.ofMinutes(3));
        assertEquals(slow, new ReportParser(slow).limits());
        assertEquals(OcrMode.AUTO, new ReportParser(slow).ocr());
        assertEquals(OcrMode.OFF, new ReportParser(slow, OcrMode.OFF).ocr());
    }
}
