package io.tandem.export.layout;

import java.util.List;

/**
 * A table of plan items: one row per item, in the plan's order. {@code widths} are the columns' relative
 * widths. A row of an internal item is marked, and {@code totals}, when present, closes the table.
 */
public record TableBlock(List<String> headers, List<Integer> widths, List<Row> rows, Row totals) implements Block {

    public record Row(List<String> cells, boolean internal) {
    }

    public TableBlock {
        if (headers.size() != widths.size()) {
            throw new IllegalArgumentException(headers.size() + " headers but " + widths.size() + " widths");
        }
    }

    /** Returns the rows from {@code from} (inclusive) to {@code to} (exclusive), with totals only on the last part. */
    public TableBlock slice(int from, int to) {
        return new TableBlock(headers, widths, rows.subList(from, to), to == rows.size() ? totals : null);
    }
}
