package org.waymark.security.domain;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface TwoStepCredentialRepository extends ListCrudRepository<TwoStepCredential, Long> {

    Optional<TwoStepCredential> findByAppUserId(long appUserId);
}
