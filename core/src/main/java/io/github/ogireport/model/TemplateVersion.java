package io.github.ogireport.model;

/** The national layout a report follows; it decides which cells exist. */
public enum TemplateVersion {
    /** 国办公开办函〔2019〕60号: reports on 2019 and 2020. */
    V2019("2019"),
    /** 国办公开办函〔2021〕30号: reports on 2021 onward. */
    V2021("2021"),
    /** Reports on 2008–2018: no national table layout. */
    PRE_2019("PRE_2019"),
    /** No template could be recognised. */
    UNKNOWN("UNKNOWN");

    private final String label;

    TemplateVersion(String label) {
        this.label = label;
    }

    /**
     * {@return the name used in the output contract} {@code "2019"}, {@code "2021"}, {@code "PRE_2019"}, {@code "UNKNOWN"}.
     */
    public String label() {
        return label;
    }

    /** {@return whether the template has the three fixed statistical tables} */
    public boolean hasTables() {
        return this == V2019 || this == V2021;
    }
}
