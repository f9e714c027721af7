package org.waymark.security.domain;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("SELECT COUNT(*) FROM app_user WHERE local_authority_id = :laId")
    long countByLocalAuthority(@Param("laId") long laId);
}
