package io.tandem.plan.section;

import io.tandem.plan.value.Money;
import java.util.List;

/** Section 5: what is deployed today, past joint work, and spend with each party. */
public record CurrentState(List<String> solutionsDeployed, List<String> pastJointWins,
                           List<String> pastJointFriction, Money spendWithUs, Money spendWithPartner) {
}
