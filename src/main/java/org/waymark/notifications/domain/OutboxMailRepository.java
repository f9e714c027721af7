package org.waymark.notifications.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

public interface OutboxMailRepository extends ListCrudRepository<OutboxMail, Long> {

    /** Mails due by {@code now}, oldest first. */
    List<OutboxMail> findByStatusAndDueAtLessThanEqualOrderByIdAsc(MailStatus status, Instant now, Limit limit);

    List<OutboxMail> findByRecipientOrderByIdAsc(String recipient);

    List<OutboxMail> findByNoticeId(long noticeId);
}
