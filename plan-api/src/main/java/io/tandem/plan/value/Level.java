package io.tandem.plan.value;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three-point scale for a risk's likelihood and impact. */
public enum Level {
    @JsonProperty("low") LOW,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("high") HIGH
}
