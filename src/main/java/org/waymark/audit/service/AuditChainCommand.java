package org.waymark.audit.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The audit chain's verification command (docs/security.md): start the application with
 * {@code --waymark.audit.verify=true --spring.main.web-application-type=none}; it seals what is
 * pending, walks the chain, prints the result and exits with 0 when intact, 3 at the first broken link.
 */
@Component
@ConditionalOnProperty(name = "waymark.audit.verify", havingValue = "true")
class AuditChainCommand implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainCommand.class);

    private final AuditChainStore chain;
    private final ConfigurableApplicationContext context;

    AuditChainCommand(AuditChainStore chain, ConfigurableApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditChainReport report = check();
        System.out.println(report.summary());
        int code = report.intact() ? 0 : 3;
        if (!args.containsOption("waymark.audit.verify.keep-running")) {
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        }
    }

    AuditChainReport check() {
        chain.sealPending();
        AuditChainReport report = chain.verify();
        if (report.intact()) {
            LOG.info(report.summary());
        } else {
            LOG.error(report.summary());
        }
        return report;
    }
}
