package io.github.ogireport.review;

/** Text made safe to put into HTML: every string a page shows passes through here. */
final class Markup {
    private Markup() {
    }

    /** The text with {@code & < > " '} escaped, for element content and quoted attribute values alike; null as empty. */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A query parameter value, percent-encoded in UTF-8. */
    static String query(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * JSON text made safe inside a {@code <script type="application/json">} data block: no {@code <} at all, so no
     * {@code </script>} can end the block early (a {@code <} only occurs inside JSON strings, where its escape means
     * the same).
     */
    static String jsonData(String json) {
        return json.replace("<", "\\u003c");
    }
}
