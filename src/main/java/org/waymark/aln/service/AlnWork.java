package org.waymark.aln.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.domain.WorkSource;
import org.waymark.security.domain.UserScope;

/**
 * The Welsh ALN process on the work queue, for a school's ALNCo and head and the authority's
 * officers: referrals overdue and due on their 20-school-day clock, referrals sent and waiting for
 * the authority's decision and disagreements waiting for a liaison officer or led by the reader
 * (officers), and cases waiting for the reader to decide whether the child has ALN. Only where
 * the authority runs the process.
 */
@Component
class AlnWork implements WorkSource {

    private final ReferralService referrals;
    private final DisagreementService disagreements;
    private final AlnAccess access;

    AlnWork(ReferralService referrals, DisagreementService disagreements, AlnAccess access) {
        this.referrals = referrals;
        this.disagreements = disagreements;
        this.access = access;
    }

    @Override
    public List<WorkItem> waiting() {
        UserScope user = access.user();
        Long laId = user.localAuthorityId();
        if (laId == null || !access.runsIdp(laId) || !(AlnAccess.isOfficer(user, laId)
                || user.schoolId() != null && AlnAccess.isSchoolStaff(user, user.schoolId()))) {
            return List.of();
        }
        ReferralService.ReferralLists lists = referrals.lists();
        List<WorkItem> items = new ArrayList<>();
        lists.overdue().stream().limit(MAX_ITEMS).forEach(r -> items.add(referral(r, WorkItem.Urgency.OVERDUE,
                "work.aln.referralOverdue")));
        lists.due().stream().limit(MAX_ITEMS).forEach(r -> items.add(referral(r, WorkItem.Urgency.DUE,
                "work.aln.referralDue")));
        if (lists.officer()) {
            lists.waiting().stream().limit(MAX_ITEMS).forEach(r -> items.add(WorkItem.of(
                    "aln-referral-" + r.referral().getId(), "aln/referrals/" + r.referral().getId(), null,
                    WorkItem.Urgency.WAITING, "work.aln.referralToDecide", r.pupilName(), r.schoolName())));
        }
        if (lists.officer()) {
            // disagreements waiting for a liaison officer, and those the reader is liaison officer for
            disagreements.openForMe().stream().limit(MAX_ITEMS).forEach(d -> items.add(WorkItem.of(
                    "aln-disagreement-" + d.disagreement().getId(), "pupils/" + d.disagreement().getPupilId() + "/aln",
                    null, d.disagreement().getLiaisonOfficer() == null ? WorkItem.Urgency.DUE : WorkItem.Urgency.WAITING,
                    d.disagreement().getLiaisonOfficer() == null ? "work.aln.disagreementToAssign"
                            : "work.aln.disagreementLiaison", d.pupilName(), d.disagreement().getStatus())));
        }
        lists.cases().stream().limit(MAX_ITEMS).forEach(c -> items.add(WorkItem.of(
                "aln-case-" + c.decision().getId(), "aln/decisions/" + c.decision().getId(), null,
                WorkItem.Urgency.WAITING, "work.aln.caseToDecide", c.pupilName())));
        return items;
    }

    private static WorkItem referral(ReferralService.ReferralRow r, WorkItem.Urgency urgency, String key) {
        long id = Objects.requireNonNull(r.referral().getId());
        return WorkItem.of("aln-referral-" + id, "aln/referrals/" + id, r.referral().getDueBy(), urgency, key,
                r.pupilName(), r.schoolName(), Objects.requireNonNullElse(r.referral().getDueBy(),
                        r.referral().getStartedOn()));
    }
}
