package io.tandem.plan.history;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ChangeAction {
    @JsonProperty("created") CREATED,
    @JsonProperty("added") ADDED,
    @JsonProperty("updated") UPDATED,
    @JsonProperty("removed") REMOVED,
    @JsonProperty("set") SET,
    @JsonProperty("recorded") RECORDED
}
