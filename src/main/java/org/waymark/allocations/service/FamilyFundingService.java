package org.waymark.allocations.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.AfnReturn;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.audit.service.AuditLog;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.CurrentUser;

/**
 * The ledger as a family sees it: its pupils holding HLN (checked at each moderation meeting,
 * SPEC §5), the AFN it agreed for pupils the authority has since awarded HLN, returning that AFN
 * (SPEC §5, §7), and what has come back into its budget. For the family's SENCO, and for what
 * its schools' staff see of its meetings.
 */
@Service
public class FamilyFundingService {

    private static final String SUBJECT = "PUPIL";
    /** The Family SENCO: the family's HLN holders and its AFN. */
    private static final String FAMILY = "hasRole('FAMILY_SENCO')";

    private final AllocationRepository allocations;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    FamilyFundingService(AllocationRepository allocations, OrganisationService organisation, PupilService pupils,
                         CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.allocations = allocations;
        this.organisation = organisation;
        this.pupils = pupils;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The HLN lines of a family's pupils that run on a day or start later — awards from panels,
     * interim decisions and appeals, and pupils who moved in with their HLN: the holders each
     * moderation meeting checks (SPEC §5). Expired lines are not listed.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(FAMILY)
    public List<Allocation> highNeedsOfFamily(long familyId, LocalDate day) {
        requireFamily(familyId, "READ_FAMILY_HLN");
        return allocations.findByFamilyIdAndStreamAndEndDateGreaterThanEqualOrderByStartDate(familyId,
                FundingStream.HLN, day).stream().filter(a -> a.getPupilId() != null && !a.ranNever()).toList();
    }

    /** AFN a family agreed for a pupil now awarded HLN, with the share that would come back if returned now. */
    public record AfnToReturn(long allocationId, long pupilId, String pupilName, BigDecimal afnAmount,
                              LocalDate highNeedsStart, BigDecimal share) {
    }

    /**
     * The family's AFN lines that overlap an HLN award of the same pupil (SPEC §5, §7): the family
     * is prompted to return them, and its budget shows what would come back.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(FAMILY)
    public List<AfnToReturn> afnToReturn(long familyId, LocalDate day) {
        requireFamily(familyId, "READ_FAMILY_AFN");
        List<Allocation> afnLines = allocations.findByFamilyIdAndStreamAndEndDateGreaterThanEqualOrderByStartDate(
                familyId, FundingStream.AFN, day).stream().filter(a -> a.getPupilId() != null && !a.ranNever()
                && a.getEndReason() == null && a.getReturnedAmount() == null).toList();
        if (afnLines.isEmpty()) {
            return List.of();
        }
        // the HLN of those pupils wherever they are now, in one query: a meeting redraws this on every decision
        java.util.Set<Long> pupilIds = new java.util.HashSet<>();
        afnLines.forEach(a -> pupilIds.add(Objects.requireNonNull(a.getPupilId())));
        Map<Long, List<Allocation>> hlnByPupil = new HashMap<>();
        for (Allocation h : allocations.findByStreamAndPupilIdIn(FundingStream.HLN, pupilIds)) {
            hlnByPupil.computeIfAbsent(h.getPupilId(), k -> new java.util.ArrayList<>()).add(h);
        }
        Map<Long, String> names = pupils.namesOf(pupilIds);
        List<AfnToReturn> due = new java.util.ArrayList<>();
        for (Allocation afn : afnLines) {
            long pupilId = Objects.requireNonNull(afn.getPupilId());
            hlnByPupil.getOrDefault(pupilId, List.of()).stream()
                    .filter(h -> !h.ranNever() && !h.getEndDate().isBefore(day)
                            && !h.getStartDate().isAfter(afn.getEndDate()))
                    .min(Comparator.comparing(Allocation::getStartDate)).ifPresent(hln -> {
                        BigDecimal share = AfnReturn.share(afn.getAmount(), afn.getStartDate(), afn.getEndDate(),
                                AfnReturn.lastDayBefore(hln.getStartDate()));
                        if (share.signum() > 0) {
                            due.add(new AfnToReturn(Objects.requireNonNull(afn.getId()), pupilId,
                                    names.getOrDefault(pupilId, ""), afn.getAmount(), hln.getStartDate(), share));
                        }
                    });
        }
        return due;
    }

    /** The Family SENCO returns one pupil's AFN: it stops the day before the HLN starts; returns the money freed. */
    @Transactional
    @PreAuthorize(FAMILY)
    public BigDecimal returnAfn(long allocationId) {
        Allocation afn = allocations.findById(allocationId)
                .orElseThrow(() -> new org.waymark.base.domain.NotFoundException("allocation " + allocationId));
        long familyId = Objects.requireNonNull(afn.getFamilyId());
        if (!organisation.familyOfCaller().map(f -> f == familyId).orElse(false)) {
            // another family's line: refused before anything of it is read, audited against the child
            auditLog.recordDenied("RETURN_AFN", afn.getPupilId() == null ? "FAMILY" : SUBJECT,
                    afn.getPupilId() == null ? familyId : afn.getPupilId(), "allocation " + allocationId);
            throw new AccessDeniedException("allocation " + allocationId);
        }
        AfnToReturn due = afnToReturn(familyId, LocalDate.now(clock)).stream()
                .filter(r -> r.allocationId() == allocationId).findFirst()
                .orElseThrow(() -> new org.waymark.base.domain.ConflictException("allocation " + allocationId
                        + " has nothing to return"));
        BigDecimal share = afn.returnToFamily(AfnReturn.lastDayBefore(due.highNeedsStart()),
                currentUser.require().username(), clock.instant(), null);
        try {
            allocations.save(afn);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new org.waymark.base.domain.ConflictException("allocation " + allocationId + " changed while saving");
        }
        auditLog.record("RETURN_AFN", SUBJECT, due.pupilId(), "allocation " + allocationId + " £" + share);
        return share;
    }

    /**
     * AFN the family has returned from lines decided in a financial year: money back in that
     * year's budget, for those who follow the family's meetings (its Family SENCO, its schools' staff).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FAMILY_SENCO','SCHOOL_SENCO','HEAD_TEACHER')")
    public BigDecimal returnedAfn(long familyId, int financialYear) {
        requireFamily(familyId, "READ_FAMILY_AFN");
        // only AFN the family agreed on bids, as the budget counts agreed bids
        return allocations.findByFamilyIdAndStreamAndReturnedAmountIsNotNull(familyId, FundingStream.AFN).stream()
                .filter(a -> a.getSource() == AllocationSource.MODERATION
                        && org.waymark.base.domain.Dates.financialYearOf(a.getDecidedOn()) == financialYear)
                .map(a -> Objects.requireNonNull(a.getReturnedAmount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void requireFamily(long familyId, String action) {
        if (!organisation.familyOfCaller().map(f -> f == familyId).orElse(false)) {
            auditLog.recordDenied(action, "FAMILY", familyId, null);
            throw new AccessDeniedException("family " + familyId);
        }
    }
}
