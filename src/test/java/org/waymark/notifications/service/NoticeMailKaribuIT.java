package org.waymark.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.base.domain.Dates;
import org.waymark.notifications.domain.MailRetry;
import org.waymark.notifications.domain.MailStatus;
import org.waymark.notifications.domain.OutboxMail;
import org.waymark.notifications.domain.OutboxMailRepository;
import org.waymark.plans.service.PlanService;
import org.waymark.security.domain.EmailNotices;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Notices by e-mail, against a real SMTP server (GreenMail on the port the test profile's
 * {@code spring.mail.port} names): the recipient's language, the link, the child's first name
 * and nothing more; the daily digest; "none"; a server that is down retried then given up.
 */
class NoticeMailKaribuIT extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3925, "localhost", "smtp"));

    private static final String BASE = "https://waymark.example.org/portal/";

    @Autowired DemoPupils demo;
    @Autowired PlanService plans;
    @Autowired NoticeService notices;
    @Autowired NoticeMailJob job;
    @Autowired OutboxMailRepository outbox;
    @Autowired JdbcClient jdbc;

    /** The demo parents' mail settings as they were, put back after each test (the database is shared). */
    private Map<String, Object[]> saved = Map.of();

    @BeforeEach
    void remember() {
        saved = Map.of("parent", settingsOf("parent"), "parent.cy", settingsOf("parent.cy"));
        // each test sees only the mail it queued: anything another test left waiting is set aside
        jdbc.sql("UPDATE outbox_mail SET status = 'FAILED', last_error = 'set aside by a test' WHERE status = 'PENDING'")
                .update();
    }

    @AfterEach
    void restore() {
        saved.forEach((user, s) -> jdbc.sql("UPDATE app_user SET email = :e, email_notices = :c WHERE username = :u")
                .param("e", s[0]).param("c", s[1]).param("u", user).update());
    }

    @Test
    void a_notice_to_a_welsh_parent_arrives_by_mail_in_welsh_with_the_link_and_only_the_first_name() throws Exception {
        long child = demo.childOf("parent.cy");
        long planId = demo.planOf(child);
        String[] name = nameOf(child);
        login("parent.cy");
        accounts.changeMyMailSettings("rhiant@example.org", EmailNotices.EACH);

        login("senco.cy");
        plans.shareWithFamily(planId, 15);

        login("parent.cy");
        String inApp = notices.mine().getFirst().argumentList().toString();
        assertThat(inApp).as("the in-app notice names the pupil in full").contains(name[1]);

        java.time.Instant sending = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        assertThat(job.sendDue(sending)).isGreaterThanOrEqualTo(1);
        List<MimeMessage> mine = mailsTo("rhiant@example.org");
        assertThat(mine).hasSize(1);
        MimeMessage mail = mine.getFirst();
        String body = body(mail);
        assertThat(mail.getSubject()).isEqualTo("Waymark: Mae cynllun drafft ar agor i’ch barn chi (" + name[0] + ")");
        assertThat(body).contains("Mae newyddion ar gofnod " + name[0] + " yn Waymark")
                .contains(BASE + "plans/" + planId)
                .contains(BASE + "notifications")
                .doesNotContain(name[1])
                .doesNotContain("Dear").doesNotContain("There is news");
        assertThat(mail.getSubject()).doesNotContain(name[1]);
        assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("waymark@example.org");

        OutboxMail row = lastRowFor("parent.cy");
        assertThat(row.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(row.getSentAt()).isEqualTo(sending);

        // sent once: the next run does not send it again
        job.sendDue(clock.instant().plus(Duration.ofHours(2)));
        assertThat(mailsTo("rhiant@example.org")).hasSize(1);
    }

    @Test
    void a_digest_gathers_the_days_notices_into_one_mail_at_the_digest_time() throws Exception {
        long child = demo.childOf("parent");
        long planId = demo.planOf(child);
        String[] name = nameOf(child);
        login("parent");
        accounts.changeMyMailSettings("parent@example.org", EmailNotices.DIGEST);
        int rowsBefore = outbox.findByRecipientOrderByIdAsc("parent").size();

        login("senco");
        Instant queuedAt = clock.instant();
        plans.shareWithFamily(planId, 10);
        notices.sendAbout(child, List.of("parent"), "plans/" + planId, "notice.plan.attached",
                "Report", "speech and language report.pdf", "plan", name[0] + " " + name[1]);
        assertThat(outbox.findByRecipientOrderByIdAsc("parent")).hasSize(rowsBefore + 2);

        // not before the digest time
        job.sendDue(clock.instant().plus(Duration.ofHours(1)));
        assertThat(mailsTo("parent@example.org")).isEmpty();

        Instant digestTime = MailRetry.nextDigest(queuedAt, LocalTime.of(7, 0), Dates.ZONE);
        job.sendDue(digestTime);
        List<MimeMessage> mine = mailsTo("parent@example.org");
        assertThat(mine).hasSize(1);
        String body = body(mine.getFirst());
        assertThat(mine.getFirst().getSubject()).isEqualTo("Waymark: your notifications (2)");
        assertThat(body).contains("- A draft plan is open for your views (" + name[0] + "): " + BASE + "plans/" + planId)
                .contains("- A document was attached to a plan (" + name[0] + "): " + BASE + "plans/" + planId)
                .doesNotContain(name[1]).doesNotContain("speech and language");
        assertThat(outbox.findByRecipientOrderByIdAsc("parent").stream().skip(rowsBefore)
                .map(OutboxMail::getStatus)).containsOnly(MailStatus.SENT);
    }

    @Test
    void none_means_no_mail_is_queued_and_turning_mail_off_drops_what_was_queued() throws Exception {
        long child = demo.childOf("parent");
        long planId = demo.planOf(child);
        login("parent");
        accounts.changeMyMailSettings("parent@example.org", EmailNotices.NONE);
        int rowsBefore = outbox.findByRecipientOrderByIdAsc("parent").size();
        long noticesBefore = notices.unreadCount();

        login("senco");
        plans.shareWithFamily(planId, 10);
        login("parent");
        assertThat(notices.unreadCount()).as("the in-app notice still arrives").isEqualTo(noticesBefore + 1);
        assertThat(outbox.findByRecipientOrderByIdAsc("parent")).hasSize(rowsBefore);

        // queued while "each", then the parent chooses none before the job runs: it is not sent
        accounts.changeMyMailSettings("parent@example.org", EmailNotices.EACH);
        login("senco");
        plans.shareWithFamily(planId, 10);
        assertThat(outbox.findByRecipientOrderByIdAsc("parent")).hasSize(rowsBefore + 1);
        login("parent");
        accounts.changeMyMailSettings("parent@example.org", EmailNotices.NONE);

        job.sendDue(clock.instant());
        assertThat(mailsTo("parent@example.org")).isEmpty();
        assertThat(lastRowFor("parent").getStatus()).isEqualTo(MailStatus.FAILED);
    }

    @Test
    void a_mail_the_server_refuses_is_retried_with_a_back_off_and_then_recorded_as_failed() throws Exception {
        long child = demo.childOf("parent");
        long planId = demo.planOf(child);
        login("parent");
        accounts.changeMyMailSettings("parent@example.org", EmailNotices.EACH);
        login("senco");
        plans.shareWithFamily(planId, 10);
        OutboxMail queued = lastRowFor("parent");
        assertThat(queued.getStatus()).isEqualTo(MailStatus.PENDING);

        SMTP.stop(); // the mail server is down
        Instant t0 = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        job.sendDue(t0);
        OutboxMail once = outbox.findById(queued.getId()).orElseThrow();
        assertThat(once.getAttempts()).isEqualTo(1);
        assertThat(once.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(once.getDueAt()).isEqualTo(t0.plus(Duration.ofMinutes(5)));
        assertThat(once.getLastError()).isNotBlank();

        // not tried again before its time
        job.sendDue(t0.plus(Duration.ofMinutes(4)));
        assertThat(outbox.findById(queued.getId()).orElseThrow().getAttempts()).isEqualTo(1);

        Instant t1 = t0.plus(Duration.ofMinutes(5));
        job.sendDue(t1);
        OutboxMail twice = outbox.findById(queued.getId()).orElseThrow();
        assertThat(twice.getAttempts()).isEqualTo(2);
        assertThat(twice.getDueAt()).isEqualTo(t1.plus(Duration.ofMinutes(10)));

        job.sendDue(t1.plus(Duration.ofMinutes(10)));
        OutboxMail last = outbox.findById(queued.getId()).orElseThrow();
        assertThat(last.getAttempts()).isEqualTo(3); // the test profile allows three tries
        assertThat(last.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(last.getSentAt()).isNull();

        // the server is back: a mail given up on stays failed and is not sent
        SMTP.start();
        job.sendDue(t1.plus(Duration.ofHours(3)));
        assertThat(mailsTo("parent@example.org")).isEmpty();
        assertThat(outbox.findById(queued.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.FAILED);
    }

    @Test
    void a_server_that_comes_back_gets_the_retried_mail() throws Exception {
        long child = demo.childOf("parent");
        long planId = demo.planOf(child);
        login("parent");
        accounts.changeMyMailSettings("parent@example.org", EmailNotices.EACH);
        login("senco");
        plans.shareWithFamily(planId, 10);
        OutboxMail queued = lastRowFor("parent");

        SMTP.stop();
        Instant t0 = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        job.sendDue(t0);
        assertThat(outbox.findById(queued.getId()).orElseThrow().getAttempts()).isEqualTo(1);

        SMTP.start();
        job.sendDue(t0.plus(Duration.ofMinutes(5)));
        assertThat(mailsTo("parent@example.org")).hasSize(1);
        OutboxMail sent = outbox.findById(queued.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
    }

    private Object[] settingsOf(String user) {
        return jdbc.sql("SELECT email, email_notices FROM app_user WHERE username = :u").param("u", user)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2)}).single();
    }

    /** The name the pupil goes by, and the surname. */
    private String[] nameOf(long pupilId) {
        return jdbc.sql("SELECT COALESCE(preferred_name, first_name), last_name FROM pupil WHERE id = :id")
                .param("id", pupilId).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).single();
    }

    private OutboxMail lastRowFor(String user) {
        return outbox.findByRecipientOrderByIdAsc(user).getLast();
    }

    private static List<MimeMessage> mailsTo(String address) throws MessagingException {
        List<MimeMessage> to = new java.util.ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(address::equals)) {
                to.add(m);
            }
        }
        return to;
    }

    private static String body(MimeMessage mail) throws MessagingException, IOException {
        @Nullable Object content = mail.getContent();
        return String.valueOf(content);
    }
}
