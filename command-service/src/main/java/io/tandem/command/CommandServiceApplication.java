package io.tandem.command;

import io.tandem.support.AxonConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The write side: the AccountPlan aggregate behind the command REST API. */
@SpringBootApplication(scanBasePackages = {"io.tandem.command", "io.tandem.support"})
public class CommandServiceApplication {

    public static void main(String[] args) {
        AxonConfiguration.disableUpdateChecker();
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
