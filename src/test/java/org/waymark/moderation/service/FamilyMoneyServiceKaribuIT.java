package org.waymark.moderation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.moderation.domain.FnfPurpose;
import org.waymark.moderation.domain.ModerationMeetingRepository;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.Role;

/**
 * The family's money, now its own service beside the meeting's running: FNF agreed in a meeting
 * counts in that meeting's budget at once, and another family's SENCO can neither agree money
 * in the meeting nor return AFN through it (refused in the service and audited).
 */
class FamilyMoneyServiceKaribuIT extends KaribuTest {

    @Autowired ModerationService moderation;
    @Autowired FamilyMoneyService money;
    @Autowired ModerationMeetingRepository meetings;
    @Autowired AppUserRepository users;
    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;

    /** The Family SENCO of the authority's other family (the demo seats one for the first family only). */
    private void otherFamilySenco() {
        if (users.findByUsername("family.senco.thornbury").isPresent()) {
            return;
        }
        AppUser first = users.findByUsername("family.senco").orElseThrow();
        long otherFamily = demo.familyOf("Kestrel Brook Primary School");
        users.save(AppUser.create("family.senco.thornbury", first.getPasswordHash(), "Rowan Ellis",
                Set.of(Role.FAMILY_SENCO), first.getLocalAuthorityId(), otherFamily, null));
    }

    private long denials(String actor, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = :act AND outcome = 'DENIED'")
                .param("a", actor).param("act", action).query(Long.class).single();
    }

    @Test
    void fnf_counts_in_the_meeting_budget_and_another_family_is_refused() {
        otherFamilySenco();
        login("family.senco");
        long meetingId = moderation.open(today());
        BigDecimal before = moderation.details(meetingId).budget().fnf().committed();
        money.allocateFnf(meetingId, FnfPurpose.TRAINING, new BigDecimal("750"), "Makaton training for TAs");
        assertThat(moderation.details(meetingId).budget().fnf().committed())
                .isEqualByComparingTo(before.add(new BigDecimal("750")));
        int fnfLines = meetings.findById(meetingId).orElseThrow().getFnfAllocations().size();

        login("family.senco.thornbury");
        long deniedBefore = denials("family.senco.thornbury", "READ_MODERATION");
        assertThatThrownBy(() -> money.allocateFnf(meetingId, FnfPurpose.TRAINING, new BigDecimal("100"), "Not ours"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> money.returnAfn(meetingId, 1L)).isInstanceOf(AccessDeniedException.class);
        assertThat(denials("family.senco.thornbury", "READ_MODERATION")).isEqualTo(deniedBefore + 2);
        assertThat(meetings.findById(meetingId).orElseThrow().getFnfAllocations()).hasSize(fnfLines);
        // their own family's budget, not the other's
        assertThat(money.budgetOfMyFamily().position().fnf().allocated()).isZero();

        // a school SENCO does not handle the family's money at all
        login("senco");
        assertThatThrownBy(() -> money.budgetOfMyFamily()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> money.pupilsOfMyFamily("A", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
