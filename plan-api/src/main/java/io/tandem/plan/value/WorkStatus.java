package io.tandem.plan.value;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Progress of a milestone or a motion-plan activity. */
public enum WorkStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("in progress") IN_PROGRESS,
    @JsonProperty("blocked") BLOCKED,
    @JsonProperty("done") DONE,
    @JsonProperty("cancelled") CANCELLED
}
