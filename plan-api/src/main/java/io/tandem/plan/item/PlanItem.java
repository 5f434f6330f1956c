package io.tandem.plan.item;

/**
 * An entry of a list section of the plan, named by a reference that is unique within its kind.
 * In an update command the same record carries only the fields that change; the others are null.
 */
public interface PlanItem {

    String ref();
}
