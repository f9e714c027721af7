package org.waymark.notifications.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface NoticeRepository extends ListCrudRepository<Notice, Long> {

    List<Notice> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    List<Notice> findByRecipientAndReadAtIsNull(String recipient);

    @Query("SELECT COUNT(*) FROM notice WHERE recipient = :recipient AND read_at IS NULL")
    long countByRecipientAndReadAtIsNull(String recipient);
}
