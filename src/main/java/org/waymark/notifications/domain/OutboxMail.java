package org.waymark.notifications.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * One notice waiting to go (or gone) by e-mail to one person. It deliberately holds no notice
 * text and none of its arguments: only the notice's key (what changed), the child's first name
 * and the link. A mail built from it can therefore say no more than that, whatever a sender put
 * into the notice (a pupil's full name, a reason, a comment).
 */
public class OutboxMail {

    static final int ERROR_MAX = 500;

    @Id
    private @Nullable Long id;
    private final String recipient;
    private final long noticeId;
    private final String messageKey;
    private final @Nullable String childName;
    private final String link;
    private final boolean digest;
    private MailStatus status;
    private final Instant createdAt;
    private Instant dueAt;
    private int attempts;
    private @Nullable String lastError;
    private @Nullable Instant sentAt;

    @PersistenceCreator
    @SuppressWarnings("java:S107")
    OutboxMail(@Nullable Long id, String recipient, long noticeId, String messageKey, @Nullable String childName,
               String link, boolean digest, MailStatus status, Instant createdAt, Instant dueAt, int attempts,
               @Nullable String lastError, @Nullable Instant sentAt) {
        this.id = id;
        this.recipient = recipient;
        this.noticeId = noticeId;
        this.messageKey = messageKey;
        this.childName = childName;
        this.link = link;
        this.digest = digest;
        this.status = status;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.attempts = attempts;
        this.lastError = lastError;
        this.sentAt = sentAt;
    }

    /** A notice to go on its own as soon as the job next runs. */
    public static OutboxMail each(Notice notice, @Nullable String childFirstName, Instant now) {
        return new OutboxMail(null, notice.getRecipient(), java.util.Objects.requireNonNull(notice.getId()),
                notice.getMessageKey(), childFirstName, notice.getLink(), false, MailStatus.PENDING, now, now, 0,
                null, null);
    }

    /** A notice to go in the recipient's daily digest, due at {@code digestAt}. */
    public static OutboxMail inDigest(Notice notice, @Nullable String childFirstName, Instant now, Instant digestAt) {
        return new OutboxMail(null, notice.getRecipient(), java.util.Objects.requireNonNull(notice.getId()),
                notice.getMessageKey(), childFirstName, notice.getLink(), true, MailStatus.PENDING, now, digestAt,
                0, null, null);
    }

    public void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A try that failed: tried again at the back-off's next time, or given up when the tries are spent. */
    public void failed(Instant now, String error, MailRetry retry) {
        attempts++;
        lastError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        retry.nextTry(attempts, now).ifPresentOrElse(next -> dueAt = next, () -> status = MailStatus.FAILED);
    }

    /** Not sent and never to be: the person chose no mail or removed their address since. */
    public void dropped(Instant now, String why) {
        status = MailStatus.FAILED;
        lastError = why;
        dueAt = now;
    }

    public @Nullable Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public long getNoticeId() { return noticeId; }
    public String getMessageKey() { return messageKey; }
    public @Nullable String getChildName() { return childName; }
    public String getLink() { return link; }
    public boolean isDigest() { return digest; }
    public MailStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDueAt() { return dueAt; }
    public int getAttempts() { return attempts; }
    public @Nullable String getLastError() { return lastError; }
    public @Nullable Instant getSentAt() { return sentAt; }
}
