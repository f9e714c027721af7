package org.waymark.notifications.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

public interface NoticeRepository extends ListCrudRepository<Notice, Long> {

    List<Notice> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    List<Notice> findByRecipientAndReadAtIsNull(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);
}
