package io.tandem.query.live;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of live co-editing ({@code tandem.live.*}).
 *
 * @param presenceTimeout how long a viewer stays listed without a presence message
 * @param presenceSweepInterval how often silent viewers are looked for, so a viewer disappears at most
 *                              this long after its timeout
 * @param maxCatchUp the maximum number of versions a {@code since-version} may lie behind the plan's
 *                   version; a client further behind reloads the plan over REST instead
 * @param allowedOrigins origin patterns of web pages that may open {@code /ws} from a browser, such as
 *                       {@code https://*.example.com}; empty allows only pages of the service's own origin
 *                       and clients that send no Origin header
 */
@ConfigurationProperties("tandem.live")
public record LiveProperties(@DefaultValue("30s") Duration presenceTimeout,
                             @DefaultValue("5s") Duration presenceSweepInterval,
                             @DefaultValue("1000") int maxCatchUp,
                             @DefaultValue List<String> allowedOrigins) {
}
