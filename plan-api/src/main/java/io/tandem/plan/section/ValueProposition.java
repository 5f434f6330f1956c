package io.tandem.plan.section;

import java.util.List;

/** Section 2: what the two organizations offer together. */
public record ValueProposition(String combinedValue, List<String> customerOutcomes, List<String> differentiators) {
}
