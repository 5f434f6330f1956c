package io.tandem.plan.value;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often the plan is refreshed with the partner. */
public enum ReviewFrequency {
    @JsonProperty("weekly") WEEKLY,
    @JsonProperty("monthly") MONTHLY,
    @JsonProperty("quarterly") QUARTERLY
}
