package org.waymark.audit.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.audit.domain.AuditChain;

/**
 * Seals audit rows into the hash chain and walks it (DD013). Rows are written unsealed in the
 * caller's transaction (so a rolled-back change leaves no audit row, as before) and sealed just
 * after it commits, in a short transaction of their own that locks the chain's head row: two
 * writers at once therefore form one chain, and the lock is never held across a business
 * transaction (no deadlock with the tables it changes). A crash between commit and seal leaves
 * rows unsealed until the next seal picks them up in id order.
 */
@Component
public class AuditChainStore {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate ownTransaction;

    AuditChainStore(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Held by the one thread of this node that is sealing. */
    private final java.util.concurrent.locks.ReentrantLock sealing = new java.util.concurrent.locks.ReentrantLock();
    /** Rows were committed that a seal under way may not have read. */
    private final java.util.concurrent.atomic.AtomicBoolean more = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Seals every unsealed row, oldest first; returns how many this call sealed. One thread of a node
     * seals at a time. A caller that finds another sealing leaves its rows to that one, which seals
     * again before it lets go. Each caller still holds its own transaction's connection here (this
     * runs after its commit), and sealing takes a second one. Before, a caller waited for the sealer:
     * at 1,000 users, ten callers held the pool's ten connections, each waiting for an eleventh, until
     * the pool timed out (docs/performance.md, "Concurrent users").
     */
    int sealPending() {
        more.set(true); // before trying the lock: a sealer holding it then sees this before it lets go
        int total = 0;
        while (more.get() && sealing.tryLock()) {
            try {
                more.set(false);
                total += sealOnce();
            } finally {
                sealing.unlock();
            }
        }
        return total;
    }

    private int sealOnce() {
        Integer sealed = ownTransaction.execute(status -> {
            var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
            long seq = (Long) head[0];
            String previous = (String) head[1];
            int count = 0;
            List<AuditChain.Link> pending;
            do {
                pending = jdbc.sql("SELECT * FROM audit_event WHERE chain_seq IS NULL ORDER BY id LIMIT " + PAGE)
                        .query(AuditChainStore::link).list();
                // the page's links in one batch (a bulk import seals tens of thousands of rows at once)
                List<Object[]> links = new java.util.ArrayList<>(pending.size());
                for (AuditChain.Link row : pending) {
                    seq++;
                    String hash = AuditChain.hash(previous, row);
                    links.add(new Object[] {seq, previous, hash, row.id()});
                    previous = hash;
                    count++;
                }
                int[] updated = batch.batchUpdate("UPDATE audit_event SET chain_seq = ?, prev_hash = ?, row_hash = ?"
                        + " WHERE id = ? AND chain_seq IS NULL", links);
                for (int i = 0; i < updated.length; i++) {
                    // a driver that cannot tell the count answers SUCCESS_NO_INFO (-2): the rows were read under the head's lock
                    if (updated[i] != 1 && updated[i] != java.sql.Statement.SUCCESS_NO_INFO) {
                        throw new IllegalStateException("audit row " + links.get(i)[3] + " was sealed by someone else");
                    }
                }
            } while (pending.size() == PAGE);
            if (count > 0) {
                jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                        .param("seq", seq).param("hash", previous).update();
            }
            return count;
        });
        return sealed == null ? 0 : sealed;
    }

    /** Walks the whole chain in order and reports the first broken link, if any. */
    AuditChainReport verify() {
        return ownTransaction.execute(status -> {
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            long after = 0;
            List<AuditChain.Link> page;
            do {
                page = jdbc.sql("SELECT * FROM audit_event WHERE chain_seq > :after ORDER BY chain_seq LIMIT " + PAGE)
                        .param("after", after).query(AuditChainStore::link).list();
                for (AuditChain.Link row : page) {
                    if (!verifier.accept(row)) {
                        break;
                    }
                }
                if (verifier.firstBreak().isPresent() || page.isEmpty()) {
                    break;
                }
                after = java.util.Objects.requireNonNull(page.getLast().seq());
            } while (page.size() == PAGE);
            if (verifier.firstBreak().isEmpty()) {
                var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
                verifier.end((Long) head[0], (String) head[1]);
            }
            long unsealed = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE chain_seq IS NULL").query(Long.class).single();
            return new AuditChainReport(verifier.checked(), unsealed, verifier.firstBreak());
        });
    }

    private static AuditChain.Link link(ResultSet rs, int rowNum) throws SQLException {
        long seq = rs.getLong("chain_seq");
        Long chainSeq = rs.wasNull() ? null : seq;
        return new AuditChain.Link(rs.getLong("id"), chainSeq, rs.getString("prev_hash"), rs.getString("row_hash"),
                String.valueOf(rs.getObject("occurred_at", java.time.LocalDateTime.class)), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("outcome"),
                rs.getString("detail"), rs.getString("remote_address"), pupilId(rs));
    }

    private static @org.jspecify.annotations.Nullable Long pupilId(ResultSet rs) throws SQLException {
        long id = rs.getLong("pupil_id");
        return rs.wasNull() ? null : id;
    }
}
