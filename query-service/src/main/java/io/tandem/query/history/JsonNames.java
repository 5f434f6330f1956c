package io.tandem.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.plan.json.PlanJson;

/** Converts enums to and from their JSON names ({@code key_contacts}, {@code added}), as stored in plan_change. */
final class JsonNames {

    private static final ObjectMapper JSON = PlanJson.storageMapper();

    private JsonNames() {
    }

    static String of(Enum<?> value) {
        return JSON.convertValue(value, String.class);
    }

    /** Returns the constant with that JSON name, or null when there is none. */
    static <E extends Enum<E>> E parse(String name, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
