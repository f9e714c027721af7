package org.waymark.organisation.domain;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface LocalAuthorityRepository extends ListCrudRepository<LocalAuthority, Long> {

    Optional<LocalAuthority> findByCode(String code);
}
