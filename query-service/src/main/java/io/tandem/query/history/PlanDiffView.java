package io.tandem.query.history;

import io.tandem.plan.history.PlanDiff;
import java.util.List;

/** The difference between two points of a plan, as the caller's organization may see both. */
record PlanDiffView(String planId, PointView from, PointView to, List<PlanDiff.SectionDiff> sections) {
}
