package org.waymark.notifications.service;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.base.domain.NotFoundException;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.domain.NoticeRepository;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;

/**
 * Sends notices and lets each user read and clear their own. Senders are other features'
 * services, which have already checked the caller may change the record; a notice never goes
 * to the person who made the change.
 */
@Service
public class NoticeService {

    static final int SHOWN = 50;

    private final NoticeRepository notices;
    private final MailOutbox mailOutbox;
    private final PupilService pupils;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeService(NoticeRepository notices, MailOutbox mailOutbox, PupilService pupils, AccountService accounts,
                  CurrentUser currentUser, Clock clock) {
        this.notices = notices;
        this.mailOutbox = mailOutbox;
        this.pupils = pupils;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Tells each recipient (except the caller) what changed; {@code link} is the route of the
     * record. A notice that is not about one child; its e-mail (if the recipient has chosen
     * e-mail) names no child. Use {@link #sendAbout} for a notice about a child's record.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void send(Collection<String> recipients, String link, String messageKey, Object... arguments) {
        queue(null, recipients, link, messageKey, arguments);
    }

    /**
     * {@link #send} for a notice about one pupil's record. The in-app notice says what the
     * arguments say; its e-mail names the pupil by the name they go by (first or preferred name)
     * and nothing else about them: the mail is built from the pupil, not from the arguments,
     * which may hold the full name, a reason or a comment (docs/design-decisions/DD004).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void sendAbout(long pupilId, Collection<String> recipients, String link, String messageKey,
                          Object... arguments) {
        queue(pupilId, recipients, link, messageKey, arguments);
    }

    private void queue(@Nullable Long pupilId, Collection<String> recipients, String link, String messageKey,
                       Object... arguments) {
        String caller = currentUser.require().username();
        Set<String> distinct = new LinkedHashSet<>(recipients);
        distinct.remove(caller);
        if (distinct.isEmpty()) {
            return;
        }
        List<Notice> saved = notices.saveAll(distinct.stream()
                .map(r -> Notice.to(r, link, clock.instant(), messageKey, arguments)).toList());
        // the outbox row is written in this same transaction: a notice rolled back is never mailed
        mailOutbox.queue(saved, () -> pupilId == null ? null : pupils.knownAsOf(pupilId));
    }

    /**
     * Who a step would tell, for its confirmation: the audience as {@link #send} would reach it
     * (never the caller, each person once), by display name and the role they are told in. The
     * sender has checked the caller may take the step; names and roles only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Told> told(Audience audience) {
        String caller = currentUser.require().username();
        Map<String, String> names = accounts.displayNames(audience.members().keySet());
        return audience.members().entrySet().stream().filter(e -> !e.getKey().equals(caller))
                .map(e -> new Told(names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
    }

    /** Whether this portal has a mail server set up: without one no notice goes by e-mail. */
    @PreAuthorize("isAuthenticated()")
    public boolean mailConfigured() {
        return mailOutbox.mailConfigured();
    }

    /** The caller's latest notices, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Notice> mine() {
        return notices.findByRecipientOrderByCreatedAtDescIdDesc(currentUser.require().username(), Limit.of(SHOWN));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notices.countByRecipientAndReadAtIsNull(currentUser.require().username());
    }

    /** Marks one of the caller's own notices read; someone else's is refused. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long noticeId) {
        Notice notice = notices.findById(noticeId).orElseThrow(() -> new NotFoundException("notice " + noticeId));
        if (!notice.getRecipient().equals(currentUser.require().username())) {
            throw new AccessDeniedException("notice " + noticeId);
        }
        notice.markRead(clock.instant());
        notices.save(notice);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        List<Notice> unread = notices.findByRecipientAndReadAtIsNull(currentUser.require().username());
        unread.forEach(n -> n.markRead(clock.instant()));
        notices.saveAll(unread);
    }
}
