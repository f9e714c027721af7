package org.waymark.asn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.AsnScenarios;
import org.waymark.KaribuTest;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.asn.service.MoveService;
import org.waymark.asn.service.ScrutinyService;
import org.waymark.base.domain.Money;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.EnrolmentEndReason;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A pupil with assistant hours moves (issue 15, point 5), recorded by the council's caseworker on
 * the pupil's record: the officers are told at once, the school's hours drop from the move and the
 * receiving school of the council gains them, and finance sees the overpayment — the hours a week
 * over five, times the council's rate, times the school days from the move to the day before it was
 * recorded. A pupil who leaves the council has their hours stop from the day they left. Another
 * council's finance officer is refused (audited).
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class AsnMovesKaribuIT extends KaribuTest {

    static final BigDecimal RATE = new BigDecimal("15.40");

    @Autowired AsnScenarios asn;
    @Autowired MoveService moves;
    @Autowired ScrutinyService scrutiny;
    @Autowired AllocationRepository allocations;
    @Autowired OrganisationService organisation;
    @Autowired JdbcClient jdbc;

    private SchoolCalendar calendar() {
        return asn.as("eso.sc", () -> organisation.calendarOf(
                jdbc.sql("SELECT id FROM local_authority WHERE code = 'ARD'").query(Long.class).single()));
    }

    private static LocalDate schoolDaysBefore(SchoolCalendar calendar, LocalDate day, int count) {
        LocalDate d = day;
        for (int left = count; left > 0; ) {
            d = d.minusDays(1);
            if (calendar.isSchoolDay(d)) {
                left--;
            }
        }
        return d;
    }

    private void recordMove(long pupilId, EnrolmentEndReason reason, @org.jspecify.annotations.Nullable String toSchool,
                            LocalDate on) {
        login("caseworker.sc");
        UI.getCurrent().navigate("pupils/" + pupilId);
        select("move-reason").setValue(reason);
        if (toSchool != null) {
            com.vaadin.flow.component.select.Select<School> school = select("move-school");
            school.setValue(school.getListDataView().getItems().filter(s -> s.name().equals(toSchool)).findFirst()
                    .orElseThrow());
        }
        _get(DatePicker.class, spec -> spec.withId("move-date")).setValue(on);
        _click(_get(Button.class, spec -> spec.withId("move-record")));
    }

    private long notices(String recipient, String key, long pupilId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = :r AND message_key = :k AND arguments LIKE :p")
                .param("r", recipient).param("k", key).param("p", "%" + asn.as("eso.sc", () ->
                        jdbc.sql("SELECT last_name FROM pupil WHERE id = :id").param("id", pupilId)
                                .query(String.class).single()) + "%").query(Long.class).single();
    }

    @Test
    void a_move_within_the_council_tells_the_officers_moves_the_hours_and_shows_finance_the_overpayment() {
        SchoolCalendar calendar = calendar();
        LocalDate from = schoolDaysBefore(calendar, today(), 20);
        LocalDate movedOn = schoolDaysBefore(calendar, today(), 6);
        long pupilId = asn.pupilHoldingHoursSince(new BigDecimal("12.5"), from);

        recordMove(pupilId, EnrolmentEndReason.MOVED_SCHOOL, "Glenarden Primary School", movedOn);

        // the school's hours drop from the move; the receiving school holds them from that day
        List<Allocation> lines = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.ASN_HOURS);
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst().getEndDate()).isEqualTo(movedOn.minusDays(1));
        assertThat(lines.getFirst().getEndReason()).isEqualTo(AllocationEnd.MOVED);
        long glenarden = asn.schoolIdOf("Glenarden Primary School");
        assertThat(lines.getLast().getSchoolId()).isEqualTo(glenarden);
        assertThat(lines.getLast().getStartDate()).isEqualTo(movedOn);
        assertThat(lines.getLast().getAmount()).isEqualByComparingTo("12.5");
        assertThat(asn.as("eso.sc", () -> scrutiny.scrutiny(glenarden).lines()))
                .anySatisfy(l -> assertThat(l.pupilId()).isEqualTo(pupilId));

        // the officers are told at once, finance of the overpayment
        assertThat(notices("eso.sc", "notice.asn.moved", pupilId)).isEqualTo(1);
        assertThat(notices("eso.ey.sc", "notice.asn.moved", pupilId)).isEqualTo(1);
        assertThat(notices("finance.sc", "notice.asn.overpayment", pupilId)).isEqualTo(1);

        // the overpayment: 12.5 hours a week over five, at £15.40, for the school days since the move
        long days = calendar.schoolDaysBetween(movedOn.minusDays(1), today().minusDays(1));
        assertThat(days).isEqualTo(6);
        BigDecimal expected = new BigDecimal("12.5").multiply(RATE).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
        login("finance.sc");
        UI.getCurrent().navigate(AsnMovesView.class);
        Grid<MoveService.MoveRow> grid = _get(Grid.class, spec -> spec.withId("asn-moves"));
        MoveService.MoveRow row = GridKt._findAll(grid).stream().filter(r -> r.move().pupilId() == pupilId)
                .findFirst().orElseThrow();
        assertThat(row.move().schoolDays()).isEqualTo(6);
        assertThat(row.move().overpayment()).isEqualByComparingTo(expected);
        assertThat(row.fromSchool()).isEqualTo(AsnScenarios.HOME_SCHOOL);
        assertThat(row.toSchool()).isEqualTo("Glenarden Primary School");
        assertThat(GridKt._getFormattedRow(grid, GridKt._findAll(grid).indexOf(row))).contains(Money.pounds(expected));
        assertThat(_get(Paragraph.class, spec -> spec.withId("asn-moves-total")).getText())
                .startsWith("Overpayments to recover:");
        // the officers see the same
        login("eso.sc");
        assertThat(moves.moves().rows()).anySatisfy(r -> assertThat(r.move().pupilId()).isEqualTo(pupilId));
    }

    @Test
    void a_pupil_who_leaves_the_council_has_their_hours_stop_from_the_day_they_left() {
        SchoolCalendar calendar = calendar();
        LocalDate from = schoolDaysBefore(calendar, today(), 15);
        LocalDate leftOn = schoolDaysBefore(calendar, today(), 3);
        long pupilId = asn.pupilHoldingHoursSince(new BigDecimal("8"), from);
        recordMove(pupilId, EnrolmentEndReason.LEFT, null, leftOn);
        Allocation line = allocations.findByPupilIdAndStreamOrderByStartDate(pupilId, FundingStream.ASN_HOURS)
                .getFirst();
        assertThat(line.getEndDate()).isEqualTo(leftOn.minusDays(1));
        assertThat(line.getEndReason()).isEqualTo(AllocationEnd.LEFT_HOURS_STOPPED);
        assertThat(notices("eso.sc", "notice.asn.left", pupilId)).isEqualTo(1);
        MoveService.MoveRow row = asn.as("finance.sc", () -> moves.moves().rows().stream()
                .filter(r -> r.move().pupilId() == pupilId).findFirst().orElseThrow());
        assertThat(row.toSchool()).isNull();
        assertThat(row.move().overpayment()).isEqualByComparingTo(new BigDecimal("8").multiply(RATE)
                .multiply(BigDecimal.valueOf(3)).divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP));
    }

    @Test
    void another_councils_finance_officer_is_refused_and_audited() {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'READ_ASN_MOVES' AND outcome = 'DENIED'")
                .query(Long.class).single();
        asn.as("finance", () -> {
            assertThatThrownBy(() -> moves.moves()).isInstanceOf(AccessDeniedException.class);
            return 0;
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'READ_ASN_MOVES' AND outcome = 'DENIED'")
                .query(Long.class).single()).isEqualTo(before + 1);
        // and a school's SENCO may not read finance's list at all
        asn.as("senco.sc", () -> {
            assertThatThrownBy(() -> moves.moves()).isInstanceOf(AccessDeniedException.class);
            return 0;
        });
    }
}
