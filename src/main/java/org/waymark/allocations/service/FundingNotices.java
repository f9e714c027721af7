package org.waymark.allocations.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.base.domain.Money;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.service.NoticeService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.service.AccountService;

/**
 * Tells the people concerned about a funding decision, whoever made it: the pupil's school
 * SENCOs and parents hear the outcome; when the authority awards HLN to a pupil whose family
 * agreed AFN for them, the family's SENCO is asked to return that AFN (SPEC §5, §7). Runs after
 * the ledger (a refused line refuses the decision before anyone is told).
 */
@Component
class FundingNotices {

    private final NoticeService notices;
    private final AccountService accounts;
    private final PupilService pupils;
    private final AllocationRepository allocations;

    FundingNotices(NoticeService notices, AccountService accounts, PupilService pupils,
                   AllocationRepository allocations) {
        this.notices = notices;
        this.accounts = accounts;
        this.pupils = pupils;
        this.allocations = allocations;
    }

    @EventListener
    @Order(10)
    void onFundingDecided(FundingDecided decision) {
        Long pupilId = decision.pupilId();
        if (pupilId == null) {
            return; // family money for the family as a whole: the Family SENCO made it
        }
        if (decision.source() == AllocationSource.MID_TERM) {
            return; // a mid-term allocation's approval and reviews: the deciding feature says what happened
        }
        PupilService.PupilFacts pupil = pupils.facts(pupilId);
        String link = decision.bidId() != null ? "bids/" + decision.bidId() : "pupils/" + pupilId + "/allocations";
        List<String> told = new ArrayList<>(schoolSencos(pupil));
        told.addAll(accounts.parentsOf(pupilId));
        if (decision.stream() == FundingStream.ASN_HOURS) {
            // hours a week, not money: said in their own sentence
            boolean awarded = decision.outcome() == FundingDecided.Outcome.AWARDED;
            notices.sendAbout(pupilId, told, link, awarded ? "notice.asn.decided" : "notice.asn.declined",
                    pupil.displayName(), awarded ? Objects.requireNonNull(decision.amount()).stripTrailingZeros()
                            .toPlainString() : decision.reasons());
            return;
        }
        String what = decision.outcome() == FundingDecided.Outcome.AWARDED ? awarded(decision) : decision.reasons();
        notices.sendAbout(pupilId, told, link, messageKey(decision), pupil.displayName(), what);
        if (decision.stream() == FundingStream.HLN && decision.outcome() == FundingDecided.Outcome.AWARDED) {
            askFamilyToReturnAfn(decision, pupil);
        }
    }

    private static String messageKey(FundingDecided d) {
        return switch (d.outcome()) {
            case CONFIRMED -> d.source() == AllocationSource.APPEAL ? "notice.bid.appealConfirmed"
                    : "notice.funding.confirmed";
            case REFUSED -> "notice.bid.declined";
            case AWARDED -> switch (d.source()) {
                case MODERATION -> "notice.bid.agreed";
                case INTERIM -> "notice.funding.interim";
                case FAMILY -> "notice.funding.fnf";
                case PANEL, APPEAL -> d.stream() == FundingStream.RAS ? "notice.ras.decided" : "notice.bid.decided";
                case SCRUTINY, MID_TERM -> "notice.asn.decided";
                case RAS -> "notice.ras.decided";
            };
        };
    }

    /**
     * The level in the reader's words and the amount, as the portal writes money everywhere, e.g.
     * "HLN 2 (high level needs), £15,979.00": a phrase the reader's screen puts in their language.
     */
    private static String awarded(FundingDecided d) {
        return Notice.phrase("notice.funding.what", what(d.stream(), d.level()),
                Money.pounds(Objects.requireNonNull(d.amount())));
    }

    /**
     * A ledger line's level in the reader's words, never its code: a funding level by its name
     * ("HLN 1 (high level needs)", "AFN low"), family needs funding by what it pays for, anything
     * else by its stream. A key for the notice to translate.
     */
    static String what(FundingStream stream, @Nullable String level) {
        if (level != null && stream == FundingStream.FNF) {
            return Notice.key("enum.FnfPurpose." + level);
        }
        if (level != null && level.matches("HLN\\d|AFN(_LOW|_MEDIUM|_HIGH)?|CORE")) {
            return Notice.key("bid.level." + level);
        }
        return Notice.key("enum.FundingStream." + stream.name());
    }

    /** AFN the family agreed for the pupil that is still to run when the HLN starts: the family is asked to return it. */
    private void askFamilyToReturnAfn(FundingDecided decision, PupilService.PupilFacts pupil) {
        for (Allocation afn : afnToReturn(pupil.pupilId(), decision.decidedOn())) {
            notices.sendAbout(pupil.pupilId(), familySencos(afn),
                    "budgets", "notice.funding.returnAfn", pupil.displayName(), awarded(decision),
                    Money.pounds(afn.getAmount()));
        }
    }

    // who is told: also read by FundingAudience, so that a confirmation names these same people

    /** The SENCOs of the pupil's school, told of every decision about the pupil. */
    List<String> schoolSencos(PupilService.PupilFacts pupil) {
        return accounts.holdersAtSchool(Role.SCHOOL_SENCO, pupil.schoolId());
    }

    /** AFN a family agreed for the pupil still to run when an HLN award decided that day starts. */
    List<Allocation> afnToReturn(long pupilId, LocalDate decidedOn) {
        return allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.AFN).stream()
                .filter(afn -> !(afn.ranNever() || afn.getEndDate().isBefore(decidedOn) || afn.getEndReason() != null
                        || afn.getFamilyId() == null))
                .toList();
    }

    /** The SENCOs of the family that agreed the AFN, asked to return it. */
    List<String> familySencos(Allocation afn) {
        return accounts.holdersInFamily(Role.FAMILY_SENCO, Objects.requireNonNull(afn.getFamilyId()));
    }
}
