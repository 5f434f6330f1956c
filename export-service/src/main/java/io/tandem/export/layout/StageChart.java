package io.tandem.export.layout;

import java.math.BigDecimal;
import java.util.List;

/** The pipeline by deal stage: the total amount and the amount credited to the partner, one bar pair per stage. */
public record StageChart(String currency, String partnerName, List<StageTotal> stages) implements Block {

    public record StageTotal(String stage, BigDecimal amount, BigDecimal credited, int deals) {
    }
}
