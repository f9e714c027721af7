package org.waymark.aln.service;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.DecisionStatus;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.security.domain.Roles;

/**
 * A Welsh pupil's ALN record on their page: how many concerns, and where the latest stands. Only
 * in an authority that runs the process; read through {@link AlnService#pupil} (its scope check and
 * audit, as the ALN page does).
 */
@Component
class AlnHoldings implements PupilHoldings {

    private final AlnService aln;
    private final AlnAccess access;

    AlnHoldings(AlnService aln, AlnAccess access) {
        this.aln = aln;
        this.access = access;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    @PreAuthorize(Roles.PUPIL_READERS)
    public Optional<Holding> about(long pupilId) {
        if (!access.runsIdp(access.pupilsAuthority(pupilId))) {
            return Optional.empty();
        }
        AlnService.PupilAln record = aln.pupil(pupilId);
        List<Text> status = record.cases().stream().findFirst().map(c -> List.of(status(c.decision(), c.referrals())))
                .orElse(List.of());
        return Optional.of(new Holding("aln", Text.of("pupil.holdings.aln", record.cases().size()),
                "pupils/" + pupilId + "/aln", status));
    }

    private static Text status(AlnDecision d, List<AlnReferral> referrals) {
        if (d.getStatus() == DecisionStatus.DECIDED) {
            return Text.of("pupil.holdings.aln.decided", Text.of("enum.AlnOutcome." + d.getOutcome()), d.getDecidedOn());
        }
        if (d.getStatus() == DecisionStatus.REFERRED && !referrals.isEmpty()) {
            return Text.of("pupil.holdings.aln.referred", Text.of("enum.ReferralStatus." + referrals.getFirst().getStatus()));
        }
        return Text.of("pupil.holdings.aln.open", Text.of("enum.Decider." + d.getDecider()));
    }
}
