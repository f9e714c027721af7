package org.waymark.notifications.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.waymark.operations.service.JobRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.waymark.notifications.domain.MailRetry;
import org.waymark.notifications.domain.MailStatus;
import org.waymark.notifications.domain.OutboxMail;
import org.waymark.notifications.domain.OutboxMailRepository;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.AccountService.MailRecipient;
import org.waymark.security.service.SystemUser;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the e-mail outbox: every minute, each mail that is due, as the system user. A notice
 * chosen "each" goes on its own as soon as it is queued; "digest" notices are due together at
 * the digest time and go as one mail per person. A failed try is tried again after a back-off
 * ({@link MailRetry}) and recorded as failed after the last; a sent mail is recorded as sent.
 * With no mail server configured the job does nothing. Tests call {@link #sendDue} directly with
 * an instant read from the Clock.
 */
@Component
public class NoticeMailJob {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailJob.class);
    static final int BATCH = 500;

    private final OutboxMailRepository outbox;
    private final NoticeMails texts;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final SystemUser systemUser;
    private final Clock clock;
    private final JobRuns runs;
    private final MailRetry retry;
    private final String from;

    @SuppressWarnings("java:S107")
    NoticeMailJob(OutboxMailRepository outbox, NoticeMails texts, AccountService accounts,
                  ObjectProvider<JavaMailSender> mailSender, SystemUser systemUser, Clock clock,
                  @Value("${waymark.mail.retry.first:PT5M}") Duration firstRetry,
                  @Value("${waymark.mail.retry.longest:PT6H}") Duration longestRetry,
                  @Value("${waymark.mail.retry.max-attempts:6}") int maxAttempts,
                  @Value("${waymark.mail.from:waymark@localhost}") String from, JobRuns runs) {
        this.outbox = outbox;
        this.texts = texts;
        this.accounts = accounts;
        this.mailSender = mailSender;
        this.systemUser = systemUser;
        this.clock = clock;
        this.runs = runs;
        this.retry = new MailRetry(firstRetry, longestRetry, maxAttempts);
        this.from = from;
    }

    /**
     * On one node at a time (DD015): held at least 30 seconds, so a node whose minute starts a
     * little later does not send the same minute's mails again; at most ten minutes if a node dies.
     */
    @Scheduled(cron = "${waymark.mail.cron:0 * * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "notice-mails", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void everyMinute() {
        runs.run("notice-mails", () -> sendDue(clock.instant()));
    }

    /** Sends (or retries) every mail due by {@code now}, as the system user; returns how many mails went. */
    public int sendDue(Instant now) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        AtomicInteger sent = new AtomicInteger();
        systemUser.run(() -> {
            List<OutboxMail> due = outbox.findByStatusAndDueAtLessThanEqualOrderByIdAsc(MailStatus.PENDING, now,
                    Limit.of(BATCH));
            for (List<OutboxMail> mail : asMails(due)) {
                if (deliver(sender, mail, now)) {
                    sent.incrementAndGet();
                }
            }
        });
        return sent.get();
    }

    /** Each "each notice" row is a mail of its own; a person's due digest rows make one mail. */
    private static List<List<OutboxMail>> asMails(List<OutboxMail> due) {
        List<List<OutboxMail>> mails = new ArrayList<>();
        Map<String, List<OutboxMail>> digests = new LinkedHashMap<>();
        for (OutboxMail row : due) {
            if (row.isDigest()) {
                digests.computeIfAbsent(row.getRecipient(), r -> new ArrayList<>()).add(row);
            } else {
                mails.add(List.of(row));
            }
        }
        mails.addAll(digests.values());
        return mails;
    }

    private boolean deliver(JavaMailSender sender, List<OutboxMail> rows, Instant now) {
        OutboxMail first = rows.getFirst();
        var recipient = accounts.mailRecipient(first.getRecipient());
        if (recipient.isEmpty() || !recipient.get().settings().mailsNotices()) {
            // the person turned e-mail off or removed their address after the notice was queued
            rows.forEach(r -> r.dropped(now, "no e-mail wanted or no address"));
            outbox.saveAll(rows);
            return false;
        }
        boolean ok;
        try {
            sender.send(message(sender, recipient.get(), rows));
            rows.forEach(r -> r.sent(now));
            ok = true;
        } catch (MailException | MessagingException e) {
            LOG.warn("Notification e-mail to {} not sent (try {}): {}", first.getRecipient(),
                    first.getAttempts() + 1, e.getMessage());
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            rows.forEach(r -> r.failed(now, error, retry));
            ok = false;
        }
        outbox.saveAll(rows);
        return ok;
    }

    private MimeMessage message(JavaMailSender sender, MailRecipient recipient, List<OutboxMail> rows)
            throws MessagingException {
        NoticeMails.Composed text = rows.getFirst().isDigest()
                ? texts.digest(rows, recipient.locale())
                : texts.single(rows.getFirst(), recipient.locale());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(java.util.Objects.requireNonNull(recipient.settings().email()));
        helper.setSubject(text.subject());
        helper.setText(text.body(), false);
        message.setHeader("Content-Language", recipient.locale().getLanguage());
        return message;
    }
}
