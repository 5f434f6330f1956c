package io.tandem.plan.value;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may see an item: both organizations, or only the organization that wrote it. */
public enum Visibility {
    @JsonProperty("shared") SHARED,
    @JsonProperty("internal") INTERNAL
}
