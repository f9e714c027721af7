package org.waymark.notifications.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.waymark.base.domain.Dates;
import org.waymark.notifications.domain.MailRetry;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.domain.OutboxMail;
import org.waymark.notifications.domain.OutboxMailRepository;
import org.waymark.security.service.AccountService;

/**
 * Puts notices into the e-mail outbox for the people who chose e-mail: one row per notice, due
 * now for "each notice" and at the next digest time for "daily digest". Nothing is queued while
 * the portal has no mail server ({@code spring.mail.host} unset: the embedded start), so the
 * outbox never fills with mail that cannot go.
 */
@Component
class MailOutbox {

    private final OutboxMailRepository outbox;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final LocalTime digestAt;

    MailOutbox(OutboxMailRepository outbox, AccountService accounts, ObjectProvider<JavaMailSender> mailSender,
               Clock clock, @Value("${waymark.mail.digest-at:07:00}") LocalTime digestAt) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.mailSender = mailSender;
        this.clock = clock;
        this.digestAt = digestAt;
    }

    boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Queues the saved notices for their recipients' e-mail; {@code childFirstName} is asked only when needed. */
    void queue(List<Notice> saved, Supplier<@Nullable String> childFirstName) {
        if (!mailConfigured()) {
            return;
        }
        Instant now = clock.instant();
        String child = null;
        boolean childKnown = false;
        for (Notice notice : saved) {
            var recipient = accounts.mailRecipient(notice.getRecipient());
            if (recipient.isEmpty() || !recipient.get().settings().mailsNotices()) {
                continue;
            }
            if (!childKnown) {
                child = childFirstName.get();
                childKnown = true;
            }
            outbox.save(switch (recipient.get().settings().choice()) {
                case DIGEST -> OutboxMail.inDigest(notice, child, now, MailRetry.nextDigest(now, digestAt, Dates.ZONE));
                case EACH, NONE -> OutboxMail.each(notice, child, now);
            });
        }
    }
}
