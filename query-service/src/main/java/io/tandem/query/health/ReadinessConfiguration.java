package io.tandem.query.health;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ReadinessProperties.class)
class ReadinessConfiguration {
}
