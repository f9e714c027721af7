package org.waymark.security.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

    @Query("SELECT * FROM app_user WHERE username = :username")
    Optional<AppUser> findByUsername(String username);

    @Query("SELECT COUNT(*) FROM app_user WHERE local_authority_id = :laId")
    long countByLocalAuthority(@Param("laId") long laId);

    @Query("SELECT u.username FROM app_user u JOIN linked_child c ON c.app_user_id = u.id "
            + "JOIN user_role r ON r.app_user_id = u.id WHERE c.pupil_id = :pupilId AND r.role = 'PARENT' "
            + "AND u.enabled = TRUE ORDER BY u.username")
    List<String> parentUsernamesOf(@Param("pupilId") long pupilId);

    @Query("SELECT u.username FROM app_user u JOIN user_role r ON r.app_user_id = u.id "
            + "WHERE u.school_id = :schoolId AND r.role = :role AND u.enabled = TRUE ORDER BY u.username")
    List<String> usernamesAtSchool(@Param("role") String role, @Param("schoolId") long schoolId);

    @Query("SELECT u.username FROM app_user u JOIN user_role r ON r.app_user_id = u.id "
            + "WHERE u.local_authority_id = :laId AND r.role = :role AND u.enabled = TRUE ORDER BY u.username")
    List<String> usernamesInAuthority(@Param("role") String role, @Param("laId") long laId);

    @Query("SELECT u.username FROM app_user u JOIN user_role r ON r.app_user_id = u.id "
            + "WHERE u.family_id = :familyId AND r.role = :role AND u.enabled = TRUE ORDER BY u.username")
    List<String> usernamesInFamily(@Param("role") String role, @Param("familyId") long familyId);

    @Query("SELECT * FROM app_user WHERE local_authority_id = :localAuthorityId AND enabled = TRUE ORDER BY display_name")
    List<AppUser> findByLocalAuthorityIdAndEnabledTrueOrderByDisplayName(long localAuthorityId);

    List<AppUser> findByLocalAuthorityIdOrderByDisplayName(long localAuthorityId);

    /**
     * Parents' accounts belong to no authority: those with a linked child who is a pupil of this
     * authority, for its administrator's list (issue 20 point 3).
     */
    @Query("SELECT DISTINCT u.id FROM app_user u JOIN linked_child c ON c.app_user_id = u.id"
            + " JOIN pupil p ON p.id = c.pupil_id WHERE u.local_authority_id IS NULL AND p.local_authority_id = :laId")
    List<Long> parentIdsInAuthority(@Param("laId") long laId);

    /** How many of this account's linked children are pupils of the authority (0: none, or not a parent). */
    @Query("SELECT COUNT(*) FROM app_user u JOIN linked_child c ON c.app_user_id = u.id"
            + " JOIN pupil p ON p.id = c.pupil_id WHERE u.id = :userId AND u.local_authority_id IS NULL"
            + " AND p.local_authority_id = :laId")
    long childrenInAuthority(@Param("userId") long userId, @Param("laId") long laId);

    @Query("SELECT * FROM app_user WHERE LOWER(email) = :email")
    List<AppUser> findByEmailIgnoreCase(@Param("email") String lowerCaseEmail);
}
