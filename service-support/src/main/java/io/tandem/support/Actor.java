package io.tandem.support;

import io.tandem.plan.state.PlanMetadata;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated caller, from the bearer token: {@code sub} is the user id, {@code name} the
 * display name and {@code org} the organization the user acts for.
 */
public record Actor(String userId, String userName, String organization) {

    public static final String NAME_CLAIM = "name";
    public static final String ORGANIZATION_CLAIM = "org";

    public static Actor from(Jwt jwt) {
        String name = jwt.getClaimAsString(NAME_CLAIM);
        return new Actor(jwt.getSubject(), name == null ? jwt.getSubject() : name,
                jwt.getClaimAsString(ORGANIZATION_CLAIM));
    }

    /** Returns the command metadata that records this caller as the author of an edit. */
    public MetaData metaData() {
        return MetaData.from(Map.of(
                PlanMetadata.USER_ID, userId,
                PlanMetadata.USER_NAME, userName,
                PlanMetadata.ORGANIZATION, organization));
    }
}
