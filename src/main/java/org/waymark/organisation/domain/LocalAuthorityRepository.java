package org.waymark.organisation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface LocalAuthorityRepository extends ListCrudRepository<LocalAuthority, Long> {

    Optional<LocalAuthority> findByCode(String code);

    /** The schemes the authority runs, without reading its terms and breaks (DD025). */
    @Query("SELECT scheme FROM la_scheme WHERE local_authority_id = :id")
    List<String> findSchemeNames(long id);

    /** The authority's nation, without reading the rest of the aggregate (DD025). */
    @Query("SELECT nation FROM local_authority WHERE id = :id")
    Optional<String> findNationName(long id);
}
