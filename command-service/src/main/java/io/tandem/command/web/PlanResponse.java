package io.tandem.command.web;

/** The response to an accepted edit: the plan and its version once the edit's events are stored. */
public record PlanResponse(String planId, long version) {
}
