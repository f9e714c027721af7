package org.waymark.asn.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.domain.HoursCost;
import org.waymark.allocations.service.AllocationService;
import org.waymark.asn.domain.AsnMove;
import org.waymark.asn.domain.AsnMoveRepository;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.notifications.service.NoticeService;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.PupilMoved;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.service.AccountService;

/**
 * A pupil with ASN assistant hours moved out of a school (SPEC §8): the Education Support
 * Officers are told at once; the overpayment finance recovers from the school — the hours a week
 * over five, times the council's hourly rate, times the school days from the move to the day
 * before it was recorded — is kept and its finance officers are told; a receiving school of the
 * council is told it gains the hours. Runs in the transaction that records the move, before the
 * ledger stops the school's hours from the move and opens them at the receiving school
 * ({@code allocations.domain.MoveRules}).
 */
@Component
class AsnMoves {

    private static final String SUBJECT = AsnAccess.SUBJECT;

    private final AsnAccess access;
    private final AsnMoveRepository moves;
    private final AllocationService allocations;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final AccountService accounts;
    private final NoticeService notices;
    private final AuditLog auditLog;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a move reaches the ledger, the people told and finance
    AsnMoves(AsnAccess access, AsnMoveRepository moves, AllocationService allocations, OrganisationService organisation,
             PupilService pupils, AccountService accounts, NoticeService notices, AuditLog auditLog, Clock clock) {
        this.access = access;
        this.moves = moves;
        this.allocations = allocations;
        this.organisation = organisation;
        this.pupils = pupils;
        this.accounts = accounts;
        this.notices = notices;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Order(0) // before the ledger moves the lines: the hours held at the move are read as they were
    void onPupilMoved(PupilMoved moved) {
        if (!access.runsHours(moved.localAuthorityId())) {
            return;
        }
        List<Allocation> lines = allocations.pupilLines(moved.pupilId(), FundingStream.ASN_HOURS, moved.on()).stream()
                .filter(a -> Objects.equals(a.getSchoolId(), moved.fromSchoolId())).toList();
        if (lines.isEmpty()) {
            return;
        }
        LocalDate today = access.today();
        SchoolCalendar calendar = organisation.calendarOf(moved.localAuthorityId());
        BigDecimal rate = access.settingsOf(moved.localAuthorityId()).getHourlyRate();
        BigDecimal hours = lines.stream().filter(a -> a.activeOn(moved.on())).map(Allocation::getAmount).findFirst()
                .orElse(lines.getFirst().getAmount());
        long days = 0;
        BigDecimal overpayment = rate == null ? null : BigDecimal.ZERO.setScale(2);
        for (Allocation line : lines) {
            long held = HoursCost.schoolDaysHeld(line, moved.on(), today.minusDays(1), calendar);
            days += held;
            if (rate != null) {
                overpayment = overpayment.add(HoursCost.cost(line.getAmount(), rate, held));
            }
        }
        moves.save(AsnMove.of(moved.localAuthorityId(), moved.pupilId(), moved.fromSchoolId(), moved.toSchoolId(),
                moved.reason().name(), moved.on(), moved.notifiedOn(), today, hours, (int) days, rate, overpayment,
                moved.actor(), clock.instant()));
        auditLog.record("ASN_MOVE", SUBJECT, moved.pupilId(), hours.toPlainString() + " hours a week, " + days
                + " school days" + (overpayment == null ? "" : ", overpayment " + overpayment.toPlainString()));

        String pupil = pupils.nameOf(moved.pupilId());
        String from = organisation.schoolOfRecord(moved.fromSchoolId()).name();
        String on = Dates.DAY_MONTH_YEAR.format(moved.on());
        String what = hours.stripTrailingZeros().toPlainString();
        String owed = overpayment == null ? "—" : Money.pounds(overpayment);
        Long to = moved.toSchoolId();
        String where = to == null ? "" : organisation.schoolOfRecord(to).name();
        notices.sendAbout(moved.pupilId(), accounts.holdersInAuthority(Role.EDUCATION_SUPPORT_OFFICER,
                        moved.localAuthorityId()), "asn/moves", to == null ? "notice.asn.left" : "notice.asn.moved",
                pupil, from, on, what, owed, days, where);
        notices.sendAbout(moved.pupilId(), accounts.holdersInAuthority(Role.FINANCE_OFFICER, moved.localAuthorityId()),
                "asn/moves", "notice.asn.overpayment", pupil, from, on, what, owed, days);
        if (to != null) {
            List<String> receiving = new ArrayList<>(accounts.holdersAtSchool(Role.SCHOOL_SENCO, to));
            receiving.addAll(accounts.holdersAtSchool(Role.HEAD_TEACHER, to));
            notices.sendAbout(moved.pupilId(), receiving, "pupils/" + moved.pupilId() + "/allocations",
                    "notice.asn.movedIn", pupil, what, on);
        }
    }
}
