package io.tandem.export.pptx;

import io.tandem.export.layout.Block;
import io.tandem.export.layout.RiskMatrix;
import io.tandem.export.layout.StageChart;
import io.tandem.export.layout.TableBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages a section's blocks onto slides so that nothing runs below the body area. Tables, bullet lists and
 * fact lists are split between rows, and a table repeats its header on each slide. A subheading moves to the
 * next slide with the start of what it heads. Heights are the estimates of {@link BlockSizes}.
 */
final class SlidePager {

    /** A block and its place on a slide, in points from the top of the body area. */
    record Placed(Block block, double top, double height) {
    }

    private final List<List<Placed>> pages = new ArrayList<>();
    private List<Placed> current = new ArrayList<>();
    private double top;

    private SlidePager() {
    }

    static List<List<Placed>> pages(List<Block> blocks) {
        SlidePager pager = new SlidePager();
        List<Block> fitted = new ArrayList<>();
        for (Block block : blocks) {
            fitted.addAll(block instanceof Block.Text text ? TextSplitter.split(text) : List.of(block));
        }
        for (int index = 0; index < fitted.size(); index++) {
            Block next = index + 1 < fitted.size() ? fitted.get(index + 1) : null;
            pager.place(fitted.get(index), next);
        }
        pager.finish();
        return pager.pages;
    }

    private void place(Block block, Block next) {
        Rows rows = Rows.of(block);
        if (rows != null) {
            placeRows(rows);
            return;
        }
        double height = height(block);
        double needed = height;
        if (block instanceof Block.Subheading && next != null) {
            needed += SlideGeometry.GAP + firstPart(next);
        }
        if (top + needed > SlideGeometry.BODY_HEIGHT && !current.isEmpty()) {
            newPage();
        }
        add(block, height);
    }

    private void placeRows(Rows rows) {
        int from = 0;
        while (from < rows.size()) {
            double available = SlideGeometry.BODY_HEIGHT - top;
            double used = rows.header();
            int to = from;
            while (to < rows.size()) {
                double next = used + rows.row(to) + (to + 1 == rows.size() ? rows.closing() : 0);
                if (next > available) {
                    break;
                }
                used = next;
                to++;
            }
            if (to == from) {
                if (!current.isEmpty()) {
                    newPage();
                    continue;
                }
                // One row taller than a whole slide: cell text is capped, so this does not happen with real data.
                to = from + 1;
                used = rows.header() + rows.row(from) + (to == rows.size() ? rows.closing() : 0);
            }
            add(rows.slice(from, to), used);
            from = to;
            if (from < rows.size()) {
                newPage();
            }
        }
    }

    private static double firstPart(Block block) {
        Rows rows = Rows.of(block);
        if (rows == null) {
            return height(block);
        }
        return rows.header() + rows.row(0) + (rows.size() == 1 ? rows.closing() : 0);
    }

    static double height(Block block) {
        if (block instanceof Block.Subheading) {
            return BlockSizes.SUBHEADING_HEIGHT;
        }
        if (block instanceof Block.Text text) {
            return BlockSizes.text(text);
        }
        if (block instanceof StageChart) {
            return BlockSizes.CHART_HEIGHT;
        }
        if (block instanceof RiskMatrix matrix) {
            return BlockSizes.heatMap(matrix);
        }
        if (block instanceof Block.Digest) {
            return SlideGeometry.BODY_HEIGHT;
        }
        Rows rows = Rows.of(block);
        double height = rows.header() + rows.closing();
        for (int index = 0; index < rows.size(); index++) {
            height += rows.row(index);
        }
        return height;
    }

    private void add(Block block, double height) {
        current.add(new Placed(block, top, height));
        top += height + SlideGeometry.GAP;
    }

    private void newPage() {
        pages.add(current);
        current = new ArrayList<>();
        top = 0;
    }

    private void finish() {
        if (!current.isEmpty() || pages.isEmpty()) {
            pages.add(current);
        }
    }

    /** A block that may be split between its rows: a table, a bullet list or a fact list. */
    private interface Rows {

        int size();

        double header();

        double row(int index);

        /** Height of what closes the block, such as a totals row, drawn with its last row. */
        double closing();

        Block slice(int from, int to);

        static Rows of(Block block) {
            if (block instanceof TableBlock table) {
                return new TableRows(table);
            }
            if (block instanceof Block.Bullets bullets) {
                return new BulletRows(bullets);
            }
            if (block instanceof Block.Facts facts) {
                return new FactRows(facts);
            }
            return null;
        }
    }

    private record TableRows(TableBlock table) implements Rows {

        public int size() {
            return table.rows().size();
        }

        public double header() {
            return BlockSizes.tableHeader(table);
        }

        public double row(int index) {
            return BlockSizes.tableRow(table.rows().get(index).cells(), table.widths(), false, BlockSizes.TABLE_FONT);
        }

        public double closing() {
            return table.totals() == null ? 0
                    : BlockSizes.tableRow(table.totals().cells(), table.widths(), true, BlockSizes.TABLE_FONT);
        }

        public Block slice(int from, int to) {
            return table.slice(from, to);
        }
    }

    private record BulletRows(Block.Bullets bullets) implements Rows {

        public int size() {
            return bullets.items().size();
        }

        public double header() {
            return 2 * BlockSizes.BOX_INSET;
        }

        public double row(int index) {
            return BlockSizes.bullet(bullets.items().get(index));
        }

        public double closing() {
            return 0;
        }

        public Block slice(int from, int to) {
            return new Block.Bullets(bullets.items().subList(from, to));
        }
    }

    private record FactRows(Block.Facts facts) implements Rows {

        public int size() {
            return facts.facts().size();
        }

        public double header() {
            return 0;
        }

        public double row(int index) {
            Block.Fact fact = facts.facts().get(index);
            return BlockSizes.tableRow(List.of(fact.label(), fact.value()), BlockSizes.FACT_WIDTHS, false,
                    BlockSizes.FACT_FONT);
        }

        public double closing() {
            return 0;
        }

        public Block slice(int from, int to) {
            return new Block.Facts(facts.facts().subList(from, to));
        }
    }
}
