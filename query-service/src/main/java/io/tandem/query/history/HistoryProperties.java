package io.tandem.query.history;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the change history and as-of replay.
 *
 * @param checkpointInterval the projection stores a checkpoint of the whole plan every this many
 *                           versions (and at every recorded review), so as-of replay folds at most
 *                           this many minus one events after the checkpoint it starts from
 */
@ConfigurationProperties(prefix = "tandem.history")
public record HistoryProperties(@DefaultValue("250") int checkpointInterval) {

    public HistoryProperties {
        if (checkpointInterval < 1) {
            throw new IllegalArgumentException("tandem.history.checkpoint-interval must be at least 1, but is "
                    + checkpointInterval);
        }
    }
}
