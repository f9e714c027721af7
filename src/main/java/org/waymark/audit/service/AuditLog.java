package org.waymark.audit.service;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.waymark.audit.domain.AuditChain;
import org.waymark.audit.domain.AuditEvent;
import org.waymark.audit.domain.AuditEventRepository;

/**
 * Writes the audit trail: who (the signed-in user), what (action on a subject), when (UTC
 * instant) and from where (the request's remote address). A refusal is written in its own
 * transaction so it survives the rollback of the refused call.
 * <p>
 * Each row names the child whose record it is about (V54), for the data protection officer's
 * access log: a {@code PUPIL} subject is that child; a record of another kind that belongs to a
 * child (a RAS case) is written with {@link #recordFor} / {@link #recordDeniedFor}, which name them.
 * <p>
 * An audited read writes this row in the caller's transaction, so that transaction must not be
 * read-only: MySQL's driver refuses every write on a read-only connection, which H2 allows. The
 * check below makes such a mistake fail on H2 too, in every test that reads a child's record.
 */
@Service
public class AuditLog {

    public enum Outcome { ALLOWED, DENIED }

    private static final int MAX_DETAIL = 1000;

    private final AuditEventRepository events;
    private final Clock clock;
    private final AuditChainStore chain;

    AuditLog(AuditEventRepository events, Clock clock, AuditChainStore chain) {
        this.events = events;
        this.clock = clock;
        this.chain = chain;
    }

    /** Records an action of the signed-in user, inside the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subjectType, @Nullable Object subjectId, @Nullable String detail) {
        requireWritableTransaction(action);
        write(currentActor(), currentRemoteAddress(), action, subjectType, subjectId, null, Outcome.ALLOWED, detail);
    }

    /**
     * Records an action on a record that belongs to child {@code pupilId} but is not the pupil
     * itself (a RAS case), inside the caller's transaction; the child's access log shows it.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordFor(long pupilId, String action, String subjectType, @Nullable Object subjectId,
                          @Nullable String detail) {
        requireWritableTransaction(action);
        write(currentActor(), currentRemoteAddress(), action, subjectType, subjectId, pupilId, Outcome.ALLOWED, detail);
    }

    /**
     * Records the same action on many subjects (one row each, written in batches), inside the
     * caller's transaction: a bulk import's additions.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(String action, String subjectType, List<?> subjectIds, @Nullable String detail) {
        requireWritableTransaction(action);
        String actor = currentActor();
        String remoteAddress = currentRemoteAddress();
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        java.time.Instant now = clock.instant();
        events.saveAll(subjectIds.stream().map(id -> new AuditEvent(null, now, actor, action, subjectType,
                String.valueOf(id), Outcome.ALLOWED.name(), trimmed, remoteAddress,
                pupilOf(subjectType, String.valueOf(id), null))).toList());
        sealAfterCommit();
    }

    /** Records a refusal; commits even when the caller's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(String action, String subjectType, @Nullable Object subjectId, @Nullable String detail) {
        write(currentActor(), currentRemoteAddress(), action, subjectType, subjectId, null, Outcome.DENIED, detail);
    }

    /** A refusal about a record that belongs to child {@code pupilId} (see {@link #recordFor}); commits on its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDeniedFor(long pupilId, String action, String subjectType, @Nullable Object subjectId,
                                @Nullable String detail) {
        write(currentActor(), currentRemoteAddress(), action, subjectType, subjectId, pupilId, Outcome.DENIED, detail);
    }

    /** Records an event for a named actor (sign-in, where no user is in the context yet). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String remoteAddress, String action, String subjectType,
                         @Nullable String subjectId, Outcome outcome, @Nullable String detail) {
        requireWritableTransaction(action);
        write(actor, remoteAddress, action, subjectType, subjectId, null, outcome, detail);
    }

    private static void requireWritableTransaction(String action) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("Audited action " + action + " runs in a read-only transaction;"
                    + " MySQL would refuse the audit row: make the service method @Transactional, not readOnly");
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> eventsFor(String subjectType, Object subjectId) {
        return events.findForSubject(subjectType, String.valueOf(subjectId));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latestBy(String actor, int limit) {
        return events.findLatestByActor(actor, limit);
    }

    @SuppressWarnings("java:S107") // one audit row's fields
    private void write(String actor, @Nullable String remoteAddress, String action, String subjectType,
                       @Nullable Object subjectId, @Nullable Long pupilId, Outcome outcome, @Nullable String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        String subject = subjectId == null ? null : String.valueOf(subjectId);
        events.save(new AuditEvent(null, clock.instant(), actor, action, subjectType, subject, outcome.name(), trimmed,
                remoteAddress, pupilOf(subjectType, subject, pupilId)));
        sealAfterCommit();
    }

    /** The child the row is about: the subject when it is a pupil (the chain requires that), else the one named. */
    private static @Nullable Long pupilOf(String subjectType, @Nullable String subjectId, @Nullable Long named) {
        Long implied = AuditChain.impliedPupil(subjectType, subjectId);
        if (implied != null && named != null && !implied.equals(named)) {
            throw new IllegalArgumentException("audit row about pupil " + subjectId + " names pupil " + named);
        }
        return implied != null ? implied : named;
    }

    /**
     * The row joins the hash chain once its transaction has committed (DD013): sealing then locks
     * only the chain's head, briefly, in a transaction of its own. Once per transaction.
     */
    private void sealAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            chain.sealPending();
            return;
        }
        if (TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(Seal.class::isInstance)) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new Seal(chain));
    }

    /** Seals after the transaction ends; after a rollback too, for rows committed meanwhile (refusals). */
    private record Seal(AuditChainStore chain) implements TransactionSynchronization {
        @Override
        public void afterCompletion(int status) {
            chain.sealPending();
        }
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** The client address of the HTTP request being served, or "internal" outside a request. */
    private static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "internal";
    }
}
