package io.github.ogireport.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every page: its head, its style and its scripts. A page the server sends links its style, the chart
 * library and its own script from {@code /assets/}; a page written as one file ({@code summary.html}) holds them
 * inline, with a policy that forbids every load from outside the file.
 */
final class PageShell {
    /** The chart library, from its WebJar on the class path. */
    static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    static final String SCRIPT = "review.js";
    static final String STYLE = "review.css";

    private PageShell() {
    }

    /**
     * A whole page.
     *
     * @param title the title, plain text
     * @param body the body, HTML whose strings are already escaped
     * @param charts the chart data as JSON, or null for a page without charts
     * @param inline whether the style and scripts go into the page rather than being linked
     */
    static String page(String title, String body, String charts, boolean inline) {
        StringBuilder b = new StringBuilder(body.length() + 4096);
        b.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">");
        if (inline) {
            b.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    + "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">");
        }
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        b.append("<title>").append(Markup.esc(title)).append("</title>");
        if (inline) {
            b.append("<style>").append(resource(STYLE)).append("</style>");
        } else {
            b.append("<link rel=\"stylesheet\" href=\"/assets/").append(STYLE).append("\">");
        }
        b.append("</head><body>\n").append(body);
        if (charts != null) {
            b.append("<script type=\"application/json\" id=\"charts\">").append(Markup.jsonData(charts)).append("</script>");
        }
        if (inline) {
            if (charts != null) {
                b.append("<script>").append(scriptText(resource(CHART_JS))).append("</script>");
            }
            b.append("<script>").append(scriptText(resource(SCRIPT))).append("</script>");
        } else {
            if (charts != null) {
                b.append("<script src=\"/assets/chart.js\"></script>");
            }
            b.append("<script src=\"/assets/").append(SCRIPT).append("\"></script>");
        }
        return b.append("\n</body></html>\n").toString();
    }

    /** A script inlined into a page: a {@code </script} inside it would end the element early. */
    private static String scriptText(String js) {
        return js.replace("</script", "<\\/script");
    }

    /** A resource of this package (a name) or of the class path (an absolute name), as text. */
    static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = PageShell.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
