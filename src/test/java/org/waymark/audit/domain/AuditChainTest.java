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
                    "senco", "READ_PUPIL", "PUPIL", String.valueOf(i), "ALLOWED", i % 2 == 0 ? null : "detail " + i, "10.0.0.1");
            String hash = AuditChain.hash(previous, unsealed);
            rows.add(with(unsealed, (long) i, previous, hash));
            previous = hash;
        }
        return rows;
    }

    private static AuditChain.Link with(AuditChain.Link r, Long seq, String prev, String hash) {
        return new AuditChain.Link(r.id(), seq, prev, hash, r.occurredAt(), r.actor(), r.action(), r.subjectType(),
                r.subjectId(), r.outcome(), r.detail(), r.remoteAddress());
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
                third.remoteAddress()));
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
                second.detail(), second.remoteAddress());
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
}
