package io.tandem.plan.command;

/**
 * A command that edits an existing plan. {@code baseVersion} is the plan version its author saw:
 * when something the command touches changed after that version, the command is rejected as a
 * conflict, while changes to other items are merged.
 */
public interface PlanCommand {

    String planId();

    Long baseVersion();
}
