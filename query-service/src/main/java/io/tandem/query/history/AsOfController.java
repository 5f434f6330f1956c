package io.tandem.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.history.PlanDiff;
import io.tandem.plan.json.PlanJson;
import io.tandem.plan.state.PlanState;
import io.tandem.query.projection.PlanSummary;
import io.tandem.query.view.PlanViewRenderer;
import io.tandem.support.Actor;
import java.util.HashSet;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan as it stood at a point of its history, and the difference between two points, both
 * replayed from the stored events and shown as the caller's organization may see them.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
class AsOfController {

    private static final ObjectMapper JSON = PlanJson.storageMapper();
    private static final String FROM = "from_";
    private static final String TO = "to_";

    private final PlanMembers members;
    private final PointResolver points;
    private final PlanReplay replay;
    private final PlanViewRenderer renderer;

    AsOfController(PlanMembers members, PointResolver points, PlanReplay replay, PlanViewRenderer renderer) {
        this.members = members;
        this.points = points;
        this.replay = replay;
        this.renderer = renderer;
    }

    /** Returns the plan view of GET /api/plans/{id} at the point, with {@code as_of} describing the point. */
    @GetMapping("/as-of")
    ObjectNode asOf(@PathVariable String planId, @RequestParam MultiValueMap<String, String> parameters,
                    Actor actor) {
        PointRequest request = PointRequest.require(QueryParameters.of(parameters, PointRequest.names("")), "");
        PlanSummary plan = members.require(planId, actor.organization());
        PlanPoint point = points.resolve(planId, plan.version(), request);
        PlanState state = replay.stateAt(planId, point.version());
        ObjectNode view = renderer.render(state, actor.organization());
        view.set("as_of", JSON.valueToTree(PointView.of(point, state)));
        return view;
    }

    /** Compares the plan at the {@code from_} point with the {@code to_} point, by default the current plan. */
    @GetMapping("/diff")
    PlanDiffView diff(@PathVariable String planId, @RequestParam MultiValueMap<String, String> parameters,
                      Actor actor) {
        Set<String> names = new HashSet<>(PointRequest.names(FROM));
        names.addAll(PointRequest.names(TO));
        QueryParameters query = QueryParameters.of(parameters, names);
        PointRequest fromRequest = PointRequest.require(query, FROM);
        PointRequest toRequest = PointRequest.parse(query, TO);
        PlanSummary plan = members.require(planId, actor.organization());
        PlanPoint from = points.resolve(planId, plan.version(), fromRequest);
        PlanPoint to = toRequest == null ? new PlanPoint(plan.version(), null)
                : points.resolve(planId, plan.version(), toRequest);
        PlanState fromState = replay.stateAt(planId, from.version());
        PlanState toState = to.version() == from.version() ? fromState : replay.stateAt(planId, to.version());
        String organization = actor.organization();
        return new PlanDiffView(planId, PointView.of(from, fromState), PointView.of(to, toState),
                PlanDiff.between(fromState.visibleTo(organization), toState.visibleTo(organization)));
    }
}
