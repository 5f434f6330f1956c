package io.tandem.plan.section;

import io.tandem.plan.value.ReviewFrequency;
import java.time.LocalDate;
import java.util.List;

/** Section 11: how often the plan is reviewed and who escalates to whom. */
public record ReviewCadence(ReviewFrequency frequency, LocalDate nextReview, List<String> escalationPath,
                            String accountabilities) {
}
