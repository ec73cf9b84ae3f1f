package io.github.ogireport.ocr;

import com.sun.jna.Native;
import io.github.ogireport.extract.ocr.OcrEngine;
import net.sourceforge.tess4j.TessAPI;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens Tesseract engines (through Tess4J's JNA binding of the C API) on the system's {@code libtesseract} and its
 * Simplified Chinese model. Found by the parser through {@link java.util.ServiceLoader}. Where the library or the
 * model is missing, {@link #missing()} says so, and the parser reports scanned files as unread.
 */
public final class TesseractProvider implements OcrEngine.Provider {
    /** The Debian packages that hold the engine and its models. */
    static final String PACKAGES = "apt-get install -y tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng "
            + "libtesseract-dev";
    /** Where Debian's and Ubuntu's packages put the models; {@code TESSDATA_PREFIX} comes first. */
    private static final List<String> TESSDATA = List.of("/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata");
    /** The models read: Simplified Chinese, which holds digits and Latin letters too. */
    static final String LANGUAGE = "chi_sim";
    /** The model of the second reading of cells that hold numbers (optional: without it cells are read once). */
    static final String NUMBER_LANGUAGE = "eng";

    private final String missing;
    private final TessAPI api;
    private final String tessdata;

    /** Looks for the library and the model once; the service loader makes one provider per class loader. */
    public TesseractProvider() {
        String data = tessdata();
        TessAPI loaded = null;
        String why = null;
        if (data == null) {
            why = "the Tesseract model " + LANGUAGE + ".traineddata was not found (TESSDATA_PREFIX or " + TESSDATA.get(0)
                    + "): " + PACKAGES;
        } else {
            try {
                oneOpenMpThread();
                loaded = Native.load("tesseract", TessAPI.class);
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                why = "libtesseract cannot be loaded (" + e.getMessage() + "): " + PACKAGES;
            }
        }
        this.api = loaded;
        this.tessdata = data;
        this.missing = why;
    }

    /** The C library's environment of the process (Java's {@link System#getenv} is a copy made at its start). */
    interface Environment extends com.sun.jna.Library {
        /** The process's environment. */
        Environment C = Native.load("c", Environment.class);

        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    /**
     * Keeps Tesseract's OpenMP to one thread per engine, unless {@code OMP_THREAD_LIMIT} is set already: the parser
     * runs one engine per worker, and an engine's OpenMP threads, waiting busily for work, take the cores of the
     * others. Measured on two cores, the two scanned files of testdata took 27 s in a batch without the limit and
     * 9 s with it. OpenMP reads the variable when its library loads with libtesseract, so it is set before.
     */
    private static void oneOpenMpThread() {
        if (System.getenv("OMP_THREAD_LIMIT") == null && !com.sun.jna.Platform.isWindows()) {
            Environment.C.setenv("OMP_THREAD_LIMIT", "1", 0);
        }
    }

    private static String tessdata() {
        String model = LANGUAGE.split("\\+")[0];
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null) {
            for (Path p : List.of(Path.of(env), Path.of(env, "tessdata"))) {
                if (Files.exists(p.resolve(model + ".traineddata"))) {
                    return p.toString();
                }
            }
        }
        for (String d : TESSDATA) {
            if (Files.exists(Path.of(d, model + ".traineddata"))) {
                return d;
            }
        }
        return null;
    }

    @Override
    public String missing() {
        return missing;
    }

    @Override
    public OcrEngine open() {
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        boolean latin = Files.exists(Path.of(tessdata, NUMBER_LANGUAGE + ".traineddata"));
        return new TesseractEngine(api, tessdata, LANGUAGE, latin ? NUMBER_LANGUAGE : null);
    }
}
