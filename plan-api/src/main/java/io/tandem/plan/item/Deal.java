package io.tandem.plan.item;

import io.tandem.plan.value.DealStage;
import io.tandem.plan.value.Money;
import io.tandem.plan.value.PartnerRole;
import java.time.LocalDate;

/** An open-pipeline deal; {@code creditedAmount} is the part credited to the partner. */
public record Deal(String ref, String name, DealStage stage, Money amount, Money creditedAmount,
                   PartnerRole partnerRole, LocalDate expectedClose) implements PlanItem {
}
