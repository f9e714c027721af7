package org.waymark.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hash chain: a sealed trail verifies; a changed, removed or inserted row is found as the first broken link. */
class AuditChainTest {

    private static List<AuditChain.Link> sealed(int n) {
        List<AuditChain.Link> rows = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditChain.Link unsealed = new AuditChain.Link(100 + i, null, null, null, "2026-11-18T10:00:0" + (i % 10),
                    "senco", "READ_PUPIL", "PUPIL", String.valueOf(i), "ALLOWED", i % 2 == 0 ? null : "detail " + i, "10.0.0.1",
                    (long) i);
            String hash = AuditChain.hash(previous, unsealed);
            rows.add(with(unsealed, (long) i, previous, hash));
            previous = hash;
        }
        return rows;
    }

    private static AuditChain.Link with(AuditChain.Link r, Long seq, String prev, String hash) {
        return new AuditChain.Link(r.id(), seq, prev, hash, r.occurredAt(), r.actor(), r.action(), r.subjectType(),
                r.subjectId(), r.outcome(), r.detail(), r.remoteAddress(), r.pupilId());
    }

    private static AuditChain.Verifier walk(List<AuditChain.Link> rows) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        rows.forEach(verifier::accept);
        return verifier;
    }

    @Test
    void a_sealed_trail_verifies_to_its_end() {
        List<AuditChain.Link> rows = sealed(5);
        AuditChain.Verifier verifier = walk(rows);
        verifier.end(5, rows.getLast().rowHash());
        assertThat(verifier.firstBreak()).isEmpty();
        assertThat(verifier.checked()).isEqualTo(5);
    }

    @Test
    void a_changed_row_is_the_first_broken_link() {
        List<AuditChain.Link> rows = sealed(5);
        AuditChain.Link third = rows.get(2);
        rows.set(2, new AuditChain.Link(third.id(), third.seq(), third.prevHash(), third.rowHash(), third.occurredAt(),
                "someone.else", third.action(), third.subjectType(), third.subjectId(), third.outcome(), third.detail(),
                third.remoteAddress(), third.pupilId()));
        AuditChain.Verifier verifier = walk(rows);
        assertThat(verifier.firstBreak()).contains(new AuditChain.Break(3, third.id(), "audit.chain.content"));
        assertThat(verifier.checked()).isEqualTo(2);
    }

    @Test
    void a_removed_row_leaves_a_gap_and_a_rehashed_forgery_breaks_the_next_link() {
        List<AuditChain.Link> rows = sealed(5);
        List<AuditChain.Link> gap = new ArrayList<>(rows);
        gap.remove(1);
        assertThat(walk(gap).firstBreak()).contains(new AuditChain.Break(2, rows.get(2).id(), "audit.chain.gap"));

        // a forger who rewrites row 2 and recomputes its hash still breaks row 3's link to it
        List<AuditChain.Link> forged = new ArrayList<>(rows);
        AuditChain.Link second = rows.get(1);
        AuditChain.Link changed = new AuditChain.Link(second.id(), 2L, second.prevHash(), null, second.occurredAt(),
                second.actor(), "NOTHING_TO_SEE", second.subjectType(), second.subjectId(), second.outcome(),
                second.detail(), second.remoteAddress(), second.pupilId());
        forged.set(1, with(changed, 2L, second.prevHash(), AuditChain.hash(second.prevHash(), changed)));
        assertThat(walk(forged).firstBreak()).contains(new AuditChain.Break(3, rows.get(2).id(), "audit.chain.previous"));
    }

    @Test
    void a_cut_off_end_is_found_from_the_recorded_head() {
        List<AuditChain.Link> rows = sealed(5);
        AuditChain.Verifier verifier = walk(rows.subList(0, 4));
        verifier.end(5, rows.getLast().rowHash());
        assertThat(verifier.firstBreak()).map(AuditChain.Break::reason).contains("audit.chain.end");
    }

    private static AuditChain.Link withPupil(AuditChain.Link r, @org.jspecify.annotations.Nullable Long pupilId) {
        return new AuditChain.Link(r.id(), r.seq(), r.prevHash(), r.rowHash(), r.occurredAt(), r.actor(), r.action(),
                r.subjectType(), r.subjectId(), r.outcome(), r.detail(), r.remoteAddress(), pupilId);
    }

    private static AuditChain.Link rasCaseRow(long id, @org.jspecify.annotations.Nullable Long pupilId) {
        return new AuditChain.Link(id, null, null, null, "2026-11-18T10:00:00", "caseworker", "READ_RAS_CASE",
                "RAS_CASE", "12", "ALLOWED", null, "10.0.0.1", pupilId);
    }

    /** V54: a row sealed before pupil_id existed and given its pupil by the back-fill keeps its hash. */
    @Test
    void a_pupil_rows_pupil_id_is_its_subject_so_rows_sealed_before_v54_keep_their_hash() {
        List<AuditChain.Link> rows = sealed(3);
        List<AuditChain.Link> beforeBackfill = rows.stream().map(r -> withPupil(r, null)).toList();
        AuditChain.Link first = beforeBackfill.getFirst();
        assertThat(AuditChain.hash(AuditChain.GENESIS, first)).isEqualTo(rows.getFirst().rowHash());
        AuditChain.Verifier verifier = walk(rows);
        verifier.end(3, rows.getLast().rowHash());
        assertThat(verifier.firstBreak()).isEmpty();
    }

    @Test
    void a_pupil_row_whose_pupil_id_is_emptied_or_changed_is_a_broken_link() {
        List<AuditChain.Link> rows = sealed(3);
        List<AuditChain.Link> emptied = new ArrayList<>(rows);
        emptied.set(1, withPupil(rows.get(1), null));
        assertThat(walk(emptied).firstBreak()).contains(new AuditChain.Break(2, rows.get(1).id(), "audit.chain.pupil"));
        List<AuditChain.Link> moved = new ArrayList<>(rows);
        moved.set(1, withPupil(rows.get(1), 99L));
        assertThat(walk(moved).firstBreak()).contains(new AuditChain.Break(2, rows.get(1).id(), "audit.chain.pupil"));
    }

    @Test
    void the_child_of_another_kind_of_record_is_hashed_so_changing_or_removing_it_breaks_the_chain() {
        AuditChain.Link unsealed = rasCaseRow(200, 7L);
        String hash = AuditChain.hash(AuditChain.GENESIS, unsealed);
        assertThat(hash).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, rasCaseRow(200, null)))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, rasCaseRow(200, 8L)));
        AuditChain.Link row = with(unsealed, 1L, AuditChain.GENESIS, hash);
        assertThat(walk(List.of(row)).firstBreak()).isEmpty();
        assertThat(walk(List.of(withPupil(row, 8L))).firstBreak()).map(AuditChain.Break::reason)
                .contains("audit.chain.content");
        assertThat(walk(List.of(withPupil(row, null))).firstBreak()).map(AuditChain.Break::reason)
                .contains("audit.chain.content");
    }

    @Test
    void only_a_pupil_subject_with_a_numeric_id_implies_its_pupil() {
        assertThat(AuditChain.impliedPupil("PUPIL", "42")).isEqualTo(42L);
        assertThat(AuditChain.impliedPupil("PUPIL", null)).isNull();
        assertThat(AuditChain.impliedPupil("PUPIL", "import of 3 pupils")).isNull();
        assertThat(AuditChain.impliedPupil("PUPIL", "1234567890123456789")).isNull();
        assertThat(AuditChain.impliedPupil("RAS_CASE", "42")).isNull();
    }
}
