package io.tandem.plan.value;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the partner takes part in a deal. */
public enum PartnerRole {
    @JsonProperty("sourced") SOURCED,
    @JsonProperty("influence") INFLUENCE,
    @JsonProperty("co-sell") CO_SELL
}
