package org.waymark.panels.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.domain.WorkSource;
import org.waymark.panels.domain.MeetingStatus;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Panels on the work queue: for the authority's caseworkers and lead co-ordinator, the decision
 * letters still to send (overdue ones first); for them and panel members, the panel meetings of
 * the coming week they run or sit at (or of an earlier day still open); for a parent, a decision letter about their child sent in the last
 * {@value #RECEIVED_DAYS} days.
 */
@Component
class PanelWork implements WorkSource {

    static final int RECEIVED_DAYS = 30;
    static final int WEEK = 7;

    private final LetterService letters;
    private final PanelService panels;
    private final PupilService pupils;
    private final CurrentUser currentUser;
    private final Clock clock;

    PanelWork(LetterService letters, PanelService panels, PupilService pupils, CurrentUser currentUser, Clock clock) {
        this.letters = letters;
        this.panels = panels;
        this.pupils = pupils;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> waiting() {
        UserScope user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = new ArrayList<>();
        if (user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR)) {
            List<LetterService.LetterRow> due = letters.due();
            long overdue = due.stream().filter(LetterService.LetterRow::overdue).count();
            if (!due.isEmpty()) {
                LocalDate soonest = due.getFirst().letter().getDueBy();
                items.add(WorkItem.of("letters-due", "letters", soonest,
                        overdue > 0 ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.DUE,
                        overdue > 0 ? "work.letters.overdue" : "work.letters.due", due.size(), overdue, soonest));
            }
        }
        if (user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR) || user.has(Role.PANEL_MEMBER)) {
            // officers run every meeting of the authority; a panel member sees those they sit at
            panels.meetings().stream().filter(m -> m.getStatus() == MeetingStatus.OPEN)
                    .filter(m -> m.getMeetingDate().isBefore(today.plusDays(WEEK)))
                    .limit(MAX_ITEMS).forEach(m -> items.add(WorkItem.of("panel-" + m.getId(),
                            "panels/meetings/" + m.getId(), m.getMeetingDate(),
                            m.getMeetingDate().isBefore(today) ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.DUE,
                            m.getMeetingDate().isBefore(today) ? "work.panel.stillOpen" : "work.panel.thisWeek",
                            m.getKind(), m.getMeetingDate(), m.getCases().size())));
        }
        if (user.has(Role.PARENT)) {
            LocalDate since = today.minusDays(RECEIVED_DAYS);
            for (PupilRow child : pupils.search(PupilFilter.none(), PupilSort.NAME, 0, 20)) {
                letters.ofPupil(child.id()).stream().map(LetterService.PupilLetter::letter)
                        .filter(l -> l.getSentOn() != null && !l.getSentOn().isBefore(since)).limit(1)
                        .forEach(l -> items.add(WorkItem.of("letter-" + l.getId(),
                                "pupils/" + child.id() + "/letters", l.getSentOn(), WorkItem.Urgency.WAITING,
                                "work.letter.received", child.preferredName() != null ? child.preferredName()
                                        : child.firstName(), l.getSentOn())));
            }
        }
        return items;
    }
}
