package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One edit of a scenario's timeline: the edit key (such as {@code update_deal}) with its fields, sent by
 * one user. {@code basedOnStep} is null when the edit is based on the latest known version.
 */
record Step(int number, String userId, String edit, ObjectNode fields, Integer basedOnStep, Outcome expected) {
}
