package org.waymark.security.domain;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface TwoStepCredentialRepository extends ListCrudRepository<TwoStepCredential, Long> {

    Optional<TwoStepCredential> findByAppUserId(long appUserId);

    /**
     * Records that a code of this 30-second time step was accepted, unless one of this step or a
     * later one already was: in one statement, so two requests with the same code cannot both pass.
     * Returns whether the step was recorded (the code is accepted). The column is not part of the
     * aggregate, so saving the credential never writes an older step back.
     */
    @Modifying
    @Query("UPDATE two_step_credential SET last_used_step = :step"
            + " WHERE id = :id AND (last_used_step IS NULL OR last_used_step < :step)")
    int useTimeStep(@Param("id") long credentialId, @Param("step") long step);
}
