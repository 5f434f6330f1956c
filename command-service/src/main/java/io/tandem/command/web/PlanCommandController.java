package io.tandem.command.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tandem.plan.command.CreatePlan;
import io.tandem.plan.command.RecordReview;
import io.tandem.plan.command.SetAccountOverview;
import io.tandem.plan.command.SetCurrentState;
import io.tandem.plan.command.SetReviewCadence;
import io.tandem.plan.command.SetTarget;
import io.tandem.plan.command.SetTier;
import io.tandem.plan.command.SetValueProposition;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import io.tandem.plan.item.ItemKind;
import io.tandem.plan.item.PlanItem;
import io.tandem.plan.item.Target;
import io.tandem.plan.item.TeamMember;
import io.tandem.plan.section.AccountOverview;
import io.tandem.plan.section.CurrentState;
import io.tandem.plan.section.ReviewCadence;
import io.tandem.plan.section.ValueProposition;
import io.tandem.plan.value.Visibility;
import io.tandem.support.Actor;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The write API. Every edit of an existing plan carries {@code base_version}, the plan version
 * its author last saw; a 2xx response means the edit's events are stored.
 */
@RestController
@RequestMapping("/api/plans")
class PlanCommandController {

    private static final Logger log = LoggerFactory.getLogger(PlanCommandController.class);

    private final PlanCommands commands;
    private final RequestBodies bodies;

    PlanCommandController(PlanCommands commands, RequestBodies bodies) {
        this.commands = commands;
        this.bodies = bodies;
    }

    @PostMapping
    ResponseEntity<PlanResponse> create(@RequestBody CreatePlanRequest request, Actor actor) {
        String planId = UUID.randomUUID().toString();
        long version = commands.send(new CreatePlan(planId, request.ownerOrg(), request.ownerOrgName(),
                request.partnerOrg(), request.partnerOrgName(), request.tier(), request.currency(),
                request.accountOverview()), actor);
        log.info("Plan {} created by {} of {}", planId, actor.userId(), actor.organization());
        return ResponseEntity.created(URI.create("/api/plans/" + planId)).body(new PlanResponse(planId, version));
    }

    @PutMapping("/{planId}/tier")
    PlanResponse setTier(@PathVariable String planId, @RequestBody ObjectNode body, Actor actor) {
        long base = bodies.takeBaseVersion(body);
        Integer tier = bodies.take(body, "tier", Integer.class);
        bodies.convert(body, Empty.class);
        return answer(planId, commands.send(new SetTier(planId, base, tier), actor));
    }

    @PostMapping("/{planId}/reviews")
    ResponseEntity<PlanResponse> recordReview(@PathVariable String planId, @RequestBody ObjectNode body,
                                              Actor actor) {
        long base = bodies.takeBaseVersion(body);
        ReviewRequest review = bodies.convert(body, ReviewRequest.class);
        long version = commands.send(new RecordReview(planId, base, review.name(), review.notes()), actor);
        URI location = UriComponentsBuilder.fromPath("/api/plans").pathSegment(planId, "as-of")
                .queryParam("review", review.name()).build().encode().toUri();
        return ResponseEntity.created(location).body(new PlanResponse(planId, version));
    }

    @PutMapping("/{planId}/account-overview")
    PlanResponse setAccountOverview(@PathVariable String planId, @RequestBody ObjectNode body, Actor actor) {
        long base = bodies.takeBaseVersion(body);
        var overview = bodies.convert(body, AccountOverview.class);
        return answer(planId, commands.send(new SetAccountOverview(planId, base, overview), actor));
    }

    @PutMapping("/{planId}/value-proposition")
    PlanResponse setValueProposition(@PathVariable String planId, @RequestBody ObjectNode body, Actor actor) {
        long base = bodies.takeBaseVersion(body);
        var proposition = bodies.convert(body, ValueProposition.class);
        return answer(planId, commands.send(new SetValueProposition(planId, base, proposition), actor));
    }

    @PutMapping("/{planId}/current-state")
    PlanResponse setCurrentState(@PathVariable String planId, @RequestBody ObjectNode body, Actor actor) {
        long base = bodies.takeBaseVersion(body);
        var currentState = bodies.convert(body, CurrentState.class);
        return answer(planId, commands.send(new SetCurrentState(planId, base, currentState), actor));
    }

    @PutMapping("/{planId}/review-cadence")
    PlanResponse setReviewCadence(@PathVariable String planId, @RequestBody ObjectNode body, Actor actor) {
        long base = bodies.takeBaseVersion(body);
        var cadence = bodies.convert(body, ReviewCadence.class);
        return answer(planId, commands.send(new SetReviewCadence(planId, base, cadence), actor));
    }

    @PutMapping("/{planId}/targets/{period}")
    PlanResponse setTarget(@PathVariable String planId, @PathVariable String period, @RequestBody ObjectNode body,
                           Actor actor) {
        long base = bodies.takeBaseVersion(body);
        rejectOtherRef(body, "period", period);
        body.put("period", period);
        var target = bodies.convert(body, Target.class);
        return answer(planId, commands.send(new SetTarget(planId, base, target), actor));
    }

    @PostMapping("/{planId}/{collection}")
    ResponseEntity<PlanResponse> addItem(@PathVariable String planId, @PathVariable String collection,
                                         @RequestBody ObjectNode body, Actor actor) {
        ItemKind kind = kind(collection, false);
        long base = bodies.takeBaseVersion(body);
        Visibility visibility = bodies.take(body, "visibility", Visibility.class);
        PlanItem item = bodies.convert(body, kind.type());
        long version = commands.send(ItemCommands.add(planId, base, item,
                visibility == null ? Visibility.SHARED : visibility), actor);
        return ResponseEntity.created(itemLocation(planId, collection, item)).body(new PlanResponse(planId, version));
    }

    /**
     * Returns the URL of an added item. A ref may hold spaces and other characters that a URL must
     * escape, and a team member added without a ref is named by its name, as the aggregate does.
     */
    private static URI itemLocation(String planId, String collection, PlanItem item) {
        String ref = item.ref() == null && item instanceof TeamMember member ? member.name() : item.ref();
        return UriComponentsBuilder.fromPath("/api/plans").pathSegment(planId, collection, ref)
                .build().encode().toUri();
    }

    @PatchMapping("/{planId}/{collection}/{ref}")
    PlanResponse updateItem(@PathVariable String planId, @PathVariable String collection, @PathVariable String ref,
                            @RequestBody ObjectNode body, Actor actor) {
        ItemKind kind = kind(collection, false);
        long base = bodies.takeBaseVersion(body);
        rejectOtherRef(body, "ref", ref);
        var cleared = bodies.nullFields(body);
        body.put("ref", ref);
        PlanItem changes = bodies.convert(body, kind.type());
        return answer(planId, commands.send(ItemCommands.update(planId, base, changes, cleared), actor));
    }

    @DeleteMapping("/{planId}/{collection}/{ref}")
    PlanResponse removeItem(@PathVariable String planId, @PathVariable String collection, @PathVariable String ref,
                            @RequestParam("base_version") long baseVersion, Actor actor) {
        ItemKind kind = kind(collection, true);
        return answer(planId, commands.send(ItemCommands.remove(planId, baseVersion, kind, ref), actor));
    }

    private static ItemKind kind(String collection, boolean targetsAllowed) {
        ItemKind kind = ItemKind.fromPath(collection);
        if (kind == null || (kind == ItemKind.TARGET && !targetsAllowed)) {
            throw new PlanRejectedException(ErrorCode.ITEM_NOT_FOUND, null, "No such part of a plan: " + collection);
        }
        return kind;
    }

    private static void rejectOtherRef(ObjectNode body, String field, String pathValue) {
        var value = body.get(field);
        if (value != null && !value.asText().equals(pathValue)) {
            throw PlanRejectedException.invalid(field, field + " cannot change: the URL names '" + pathValue
                    + "' but the body names '" + value.asText() + "'");
        }
    }

    private static PlanResponse answer(String planId, long version) {
        return new PlanResponse(planId, version);
    }

    /** A body that may hold no field beyond those already taken out of it. */
    record Empty() {
    }

    record ReviewRequest(String name, String notes) {
    }
}
