package io.tandem.cli.replay;

import java.util.List;

/**
 * The replayed timeline: the created plan (null when its creation failed), the user who created it, and the
 * plan version after the last accepted edit.
 */
record TimelineResult(String planId, String creatorId, long lastVersion, List<StepResult> steps) {
}
