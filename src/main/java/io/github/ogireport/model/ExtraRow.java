package io.github.ogireport.model;

import java.util.List;

/**
 * A table row that is not part of the template (e.g. 其他主动公开文件, or a subtotal printed on a group row),
 * kept aside rather than dropped.
 *
 * @param table the table it was found in: {@code active}, {@code requests} or {@code review}
 * @param label the row label as printed
 * @param values its cells in printed order
 */
public record ExtraRow(String table, String label, List<CellValue> values) {
    public ExtraRow {
        values = List.copyOf(values);
    }
}
