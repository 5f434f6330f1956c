package io.tandem.plan.state;

import io.tandem.plan.event.ItemAdded;
import io.tandem.plan.event.ItemRemoved;
import io.tandem.plan.event.ItemUpdated;
import io.tandem.plan.event.PlanEvent;
import io.tandem.plan.event.ReviewRecorded;
import io.tandem.plan.event.SectionReplaced;
import io.tandem.plan.event.TargetSet;
import io.tandem.plan.event.TierSet;
import io.tandem.plan.item.ItemKind;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of a plan an event or a command touches, as path-like keys: {@code tier},
 * {@code section/current_state}, {@code reviews/fy2026 q3 qbr}, {@code deals/d1} for a whole item
 * and {@code deals/d1/stage} for one field. Two footprints overlap when a key of one equals a key
 * of the other or contains it; that is what makes two concurrent edits conflict.
 */
public final class Footprint {

    private Footprint() {
    }

    public static String tier() {
        return "tier";
    }

    public static String review(String name) {
        return "reviews/" + name.trim().toLowerCase(Locale.ROOT);
    }

    public static String section(PlanEvent event) {
        return "section/" + event.section().name().toLowerCase(Locale.ROOT);
    }

    public static String item(ItemKind kind, String ref) {
        return kind.collection() + "/" + ref;
    }

    public static String field(ItemKind kind, String ref, String field) {
        return item(kind, ref) + "/" + field;
    }

    /** Returns the keys of the parts of the plan that the event changed. */
    public static Set<String> of(PlanEvent event) {
        Set<String> keys = new LinkedHashSet<>();
        if (event instanceof TierSet) {
            keys.add(tier());
        } else if (event instanceof ReviewRecorded review) {
            keys.add(review(review.name()));
        } else if (event instanceof SectionReplaced) {
            keys.add(section(event));
        } else if (event instanceof TargetSet set) {
            keys.add(item(ItemKind.TARGET, set.target().period()));
        } else if (event instanceof ItemUpdated updated) {
            for (String field : updated.changedFields()) {
                keys.add(field(updated.kind(), updated.ref(), field));
            }
        } else if (event instanceof ItemAdded || event instanceof ItemRemoved) {
            var item = (io.tandem.plan.event.ItemEvent) event;
            keys.add(item(item.kind(), item.ref()));
        }
        return keys;
    }

    /** Returns the first key of {@code touched} that overlaps a key of {@code changed}, or null. */
    public static String firstOverlap(Collection<String> touched, Collection<String> changed) {
        for (String a : touched) {
            for (String b : changed) {
                if (a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/")) {
                    return a;
                }
            }
        }
        return null;
    }
}
