package io.tandem.plan.value;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sales stages of a deal in the open pipeline, in the order a deal moves through them. */
public enum DealStage {
    @JsonProperty("discovery") DISCOVERY,
    @JsonProperty("qualification") QUALIFICATION,
    @JsonProperty("proposal") PROPOSAL,
    @JsonProperty("negotiation") NEGOTIATION,
    @JsonProperty("closed won") CLOSED_WON,
    @JsonProperty("closed lost") CLOSED_LOST
}
