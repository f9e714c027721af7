package org.waymark;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
// @Retryable on event listeners (sign-in bookkeeping under concurrent sign-ins of one account)
@org.springframework.resilience.annotation.EnableResilientMethods
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** One clock for the whole portal, so rules that depend on "today" can be tested at any date. */
    @Bean
    Clock clock() {
        return Clock.system(org.waymark.base.domain.Dates.ZONE);
    }
}
