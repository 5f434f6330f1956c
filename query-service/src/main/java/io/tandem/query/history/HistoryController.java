package io.tandem.query.history;

import io.tandem.plan.item.ItemKind;
import io.tandem.support.Actor;
import java.util.List;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change history of a plan, as the caller's organization may see it: changes of items internal
 * to the other organization are left out in SQL, before paging.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
class HistoryController {

    private final PlanMembers members;
    private final ChangeRepository changes;

    HistoryController(PlanMembers members, ChangeRepository changes) {
        this.members = members;
        this.changes = changes;
    }

    @GetMapping("/history")
    HistoryPage history(@PathVariable String planId, @RequestParam MultiValueMap<String, String> parameters,
                        Actor actor) {
        HistoryFilter filter = HistoryRequest.filter(QueryParameters.of(parameters, HistoryRequest.PARAMETERS));
        members.require(planId, actor.organization());
        // Reads one entry more than the page size to find out whether another page follows.
        List<HistoryEntry> entries = changes.find(planId, actor.organization(), filter, filter.size() + 1);
        boolean hasMore = entries.size() > filter.size();
        return new HistoryPage(planId, filter.page(), filter.size(), hasMore,
                hasMore ? entries.subList(0, filter.size()) : entries);
    }

    /** Returns every change of one period's target, oldest first: who set it, when, from what to what. */
    @GetMapping("/targets/{period}/history")
    TargetHistory targetHistory(@PathVariable String planId, @PathVariable String period,
                                @RequestParam MultiValueMap<String, String> parameters, Actor actor) {
        QueryParameters.of(parameters, Set.of());
        members.require(planId, actor.organization());
        return new TargetHistory(planId, period,
                changes.findItem(planId, actor.organization(), ItemKind.TARGET.collection(), period));
    }
}
