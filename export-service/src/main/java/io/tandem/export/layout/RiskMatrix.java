package io.tandem.export.layout;

import java.util.List;

/**
 * The risk heat map: likelihood against impact on the three-point scale. {@code cells[l][i]} lists the
 * risks of likelihood {@code l} and impact {@code i}, where 0 is low and 2 is high.
 */
public record RiskMatrix(List<List<List<String>>> cells) implements Block {

    public static final List<String> LEVELS = List.of("Low", "Medium", "High");

    public List<String> cell(int likelihood, int impact) {
        return cells.get(likelihood).get(impact);
    }

    /** Returns 1 (low) to 9 (high): likelihood times impact, each counted 1 to 3. */
    public static int severity(int likelihood, int impact) {
        return (likelihood + 1) * (impact + 1);
    }
}
