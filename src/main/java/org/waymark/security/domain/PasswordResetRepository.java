package org.waymark.security.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface PasswordResetRepository extends ListCrudRepository<PasswordReset, Long> {

    List<PasswordReset> findByAppUserIdAndUsedAtIsNull(long appUserId);
}
