package io.tandem.plan.value;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How well the account team knows a customer contact. */
public enum RelationshipStrength {
    @JsonProperty("strong") STRONG,
    @JsonProperty("neutral") NEUTRAL,
    @JsonProperty("weak") WEAK
}
