package io.github.ogireport.ocr;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The OCR tests run the real engine: without it they fail when {@code CI=true} and are skipped with a printed notice
 * otherwise, so that the README's test command passes on a fresh machine.
 */
final class EngineRequired {
    private EngineRequired() {
    }

    /** Fails or skips the calling test class when Tesseract or its models are missing. */
    static void orSkip() {
        String missing = new TesseractProvider().missing();
        if (missing != null && "true".equals(System.getenv("CI"))) {
            fail("OCR tests need Tesseract on CI: " + missing);
        }
        if (missing != null) {
            System.out.println("NOTICE: OCR tests skipped, the engine is missing: " + missing);
        }
        assumeTrue(missing == null, missing);
    }
}
