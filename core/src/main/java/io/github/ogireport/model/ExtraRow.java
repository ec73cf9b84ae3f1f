package io.github.ogireport.model;

import java.util.List;

/**
 * A table row that is not part of the template (e.g. 其他主动公开文件, or a subtotal printed on a group row),
 * kept aside rather than dropped.
 *
 * @param table the table it was found in
 * @param row the key of the row it was recognised as when that row belongs to another template or came twice
 *            (such as {@code otherHandling}, a subtotal in a 2021 report), or null for a row of no template
 * @param label the row label as printed
 * @param values its cells in printed order
 */
public record ExtraRow(ReportTable table, String row, String label, List<CellValue> values) {
    /**
     * Copies the values.
     *
     * @param table the table
     * @param row the key of the row it was recognised as, or null
     * @param label the row label as printed
     * @param values its cells in printed order
     */
    public ExtraRow {
        values = List.copyOf(values);
    }
}
