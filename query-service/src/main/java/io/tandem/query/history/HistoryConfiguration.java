package io.tandem.query.history;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(HistoryProperties.class)
class HistoryConfiguration {
}
