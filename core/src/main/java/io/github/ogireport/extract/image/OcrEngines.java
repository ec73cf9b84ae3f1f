package io.github.ogireport.extract.image;

import io.github.ogireport.extract.ocr.OcrEngine;

import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The OCR engine provider on the class path, if any ({@link OcrEngine.Provider} through {@link ServiceLoader}),
 * and one engine per thread, opened on the thread's first scanned page and kept for the next ones (opening one
 * loads the language models, which costs more than reading a page).
 */
final class OcrEngines {
    /** What to install for OCR: the module, and the Debian packages the engine runs on. */
    static final String INSTALL = "put the ogi-annual-report-ocr module on the class path (the runnable jar has it) "
            + "and install Tesseract: apt-get install -y tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng "
            + "libtesseract-dev";

    private static final OcrEngine.Provider PROVIDER = find();
    private static final ThreadLocal<OcrEngine> ENGINE = new ThreadLocal<>();

    private OcrEngines() {
    }

    private static OcrEngine.Provider find() {
        try {
            Iterator<OcrEngine.Provider> it = ServiceLoader.load(OcrEngine.Provider.class,
                    OcrEngines.class.getClassLoader()).iterator();
            return it.hasNext() ? it.next() : null;
        } catch (ServiceConfigurationError e) {
            return null;
        }
    }

    /** Null when OCR can run; else why not and what to install. */
    static String missing() {
        if (PROVIDER == null) {
            return "no OCR engine: " + INSTALL;
        }
        String m = PROVIDER.missing();
        return m == null ? null : m + " (" + INSTALL + ")";
    }

    /** The calling thread's engine; call only when {@link #missing()} is null. */
    static OcrEngine engine() {
        OcrEngine e = ENGINE.get();
        if (e == null) {
            e = PROVIDER.open();
            ENGINE.set(e);
        }
        return e;
    }
}
