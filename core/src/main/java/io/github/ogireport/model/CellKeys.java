package io.github.ogireport.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cell keys of the output contract (docs/FORMAT.md Part B), built from the row and column enums so that a key
 * is defined in one place only.
 */
public final class CellKeys {
    // first: the key lists below are built from it
    /** Built once: the keys are looked up for every cell of every report. */
    private static final String[][] REQUEST_KEYS = new String[RequestRow.values().length][RequestColumn.values().length];

    private static final String[][] ACTIVE_KEYS = new String[ActiveRow.values().length][ActiveColumn.values().length];
    private static final String[][] REVIEW_KEYS = new String[ReviewGroup.values().length][ReviewColumn.values().length];

    static {
        for (ActiveRow r : ActiveRow.values()) {
            for (ActiveColumn c : ActiveColumn.values()) {
                ACTIVE_KEYS[r.ordinal()][c.ordinal()] = ReportTable.ACTIVE.key() + "." + r.key() + "." + c.key();
            }
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewColumn c : ReviewColumn.values()) {
                REVIEW_KEYS[g.ordinal()][c.ordinal()] = g.key() + "." + c.key();
            }
        }
        for (RequestRow r : RequestRow.values()) {
            for (RequestColumn c : RequestColumn.values()) {
                REQUEST_KEYS[r.ordinal()][c.ordinal()] = ReportTable.REQUESTS.key() + "." + r.key() + "." + c.key();
            }
        }
    }
    private static final List<String> V2019 = build(TemplateVersion.V2019);
    private static final List<String> V2021 = build(TemplateVersion.V2021);
    private static final List<String> CSV_ORDER;
    private static final Map<String, Integer> V2019_POSITIONS = positions(V2019);
    private static final Map<String, Integer> V2021_POSITIONS = positions(V2021);
    private static final Set<String> ALL;

    static {
        Set<String> all = new LinkedHashSet<>(V2019);
        all.addAll(V2021);
        CSV_ORDER = List.copyOf(all);
        ALL = Set.copyOf(all);
    }

    private CellKeys() {
    }

    /**
     * The key of a cell of table 二, such as {@code active.rules.newlyMade}.
     *
     * @param row the row
     * @param column the column
     * @return the key
     */
    public static String of(ActiveRow row, ActiveColumn column) {
        return ACTIVE_KEYS[row.ordinal()][column.ordinal()];
    }

    /**
     * The key of a cell of table 三, such as {@code requests.newReceived.naturalPerson}.
     *
     * @param row the row
     * @param column the column
     * @return the key
     */
    public static String of(RequestRow row, RequestColumn column) {
        return REQUEST_KEYS[row.ordinal()][column.ordinal()];
    }

    /**
     * The key of a cell of table 四, such as {@code adminReview.upheld}.
     *
     * @param group the group of columns
     * @param column the column within the group
     * @return the key
     */
    public static String of(ReviewGroup group, ReviewColumn column) {
        return REVIEW_KEYS[group.ordinal()][column.ordinal()];
    }

    /**
     * Every cell key of a template in contract order; empty for templates without tables. A row's keys are
     * neighbours, in column order (table 四: group by group).
     *
     * @param template the template
     * @return the keys
     */
    public static List<String> of(TemplateVersion template) {
        return switch (template) {
            case V2019 -> V2019;
            case V2021 -> V2021;
            default -> List.of();
        };
    }

    /**
     * Where a key is in {@link #of(TemplateVersion)}, or -1 when the template does not have it.
     *
     * @param template the template
     * @param key a cell key
     * @return the position, or -1
     */
    public static int position(TemplateVersion template, String key) {
        Integer p = switch (template) {
            case V2019 -> V2019_POSITIONS.get(key);
            case V2021 -> V2021_POSITIONS.get(key);
            default -> null;
        };
        return p == null ? -1 : p;
    }

    /**
     * Whether a text is a cell key of either template.
     *
     * @param key the text
     * @return true for a key of {@link #csvOrder()}
     */
    public static boolean isKey(String key) {
        return ALL.contains(key);
    }

    /** {@return the cell columns of {@code cells.csv}: every 2019 key, then the 2021-only keys} */
    public static List<String> csvOrder() {
        return CSV_ORDER;
    }

    private static Map<String, Integer> positions(List<String> keys) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.put(keys.get(i), i);
        }
        return Map.copyOf(positions);
    }

    private static List<String> build(TemplateVersion template) {
        List<String> keys = new ArrayList<>();
        for (ActiveRow row : ActiveRow.values()) {
            for (ActiveColumn column : row.columns(template)) {
                keys.add(of(row, column));
            }
        }
        for (RequestRow row : RequestRow.of(template)) {
            for (RequestColumn column : RequestColumn.values()) {
                keys.add(of(row, column));
            }
        }
        for (ReviewGroup group : ReviewGroup.values()) {
            for (ReviewColumn column : ReviewColumn.values()) {
                keys.add(of(group, column));
            }
        }
        return List.copyOf(keys);
    }
}
