package org.waymark.privacy.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.attachments.domain.FileStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.NotFoundException;
import org.waymark.privacy.domain.PupilRecordGraph;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * A subject-access export (issue 20 point 8): everything held about one child as a ZIP — one
 * JSON file per kind of record (per table of {@link PupilRecordGraph}: the pupil, plans and their
 * versions, bids, requests, incidents, ledger lines, ...) and the child's stored documents under
 * {@code documents/}. Written straight to the stream the download gives, table by table. Only
 * the administrator of the child's own authority may take it; a child of another authority is
 * "not found", exactly as an id that does not exist; both asks are audited.
 */
@Service
public class SubjectAccessService {

    static final String SUBJECT = "PUPIL";
    private static final Logger LOG = LoggerFactory.getLogger(SubjectAccessService.class);

    private final JdbcClient jdbc;
    private final PupilRecordGraph graph;
    private final FileStore files;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final JsonMapper json = JsonMapper.builder().build();

    SubjectAccessService(JdbcClient jdbc, PupilRecordGraph graph, FileStore files, AuditLog auditLog,
                         CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.graph = graph;
        this.files = files;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    /** The export's file name, once the caller is known to be allowed it (audited as asked, not as taken). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public String fileName(long pupilId) {
        requireOwnAuthority(pupilId, "SUBJECT_ACCESS_CHECK");
        return "subject-access-" + pupilId + ".zip";
    }

    /** Writes the ZIP of the child's records and documents to {@code out}; audited. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public void export(long pupilId, OutputStream out) {
        requireOwnAuthority(pupilId, "SUBJECT_ACCESS_EXPORT");
        Map<String, Map<Object, Map<String, Object>>> rows = new LinkedHashMap<>();
        visit("PUPIL", "ID", List.of(pupilId), rows, new HashSet<>());
        int documents = 0;
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (var table : rows.entrySet()) {
                zip.putNextEntry(new ZipEntry(table.getKey().toLowerCase(Locale.ROOT) + ".json"));
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(table.getValue().values()));
                zip.closeEntry();
            }
            for (var table : rows.entrySet()) {
                for (Map<String, Object> row : table.getValue().values()) {
                    if (row.get("stored_name") instanceof String stored && addDocument(zip, table.getKey(), row, stored)) {
                        documents++;
                    }
                }
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("subject-access export of pupil " + pupilId, e);
        }
        auditLog.record("SUBJECT_ACCESS_EXPORT", SUBJECT, pupilId, rows.size() + " kinds of record, "
                + rows.values().stream().mapToInt(Map::size).sum() + " records, " + documents + " documents");
    }

    private boolean addDocument(ZipOutputStream zip, String table, Map<String, Object> row, String stored)
            throws IOException {
        byte[] bytes;
        try {
            bytes = files.read(stored);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            LOG.warn("Subject access: {} {} has no readable stored file", table, row.get("id"));
            return false;
        }
        Object display = row.get("display_name");
        String name = "documents/" + table.toLowerCase(Locale.ROOT) + "-" + row.get("id") + "-"
                + (display == null ? stored : display.toString().replaceAll("[/\\\\]", "_"));
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        return true;
    }

    private void visit(String table, String column, List<Object> keys, Map<String, Map<Object, Map<String, Object>>> rows,
                       Set<String> path) {
        if (keys.isEmpty()) {
            return;
        }
        PupilRecordGraph.Table shape = graph.table(table);
        List<Map<String, Object>> found = jdbc.sql("SELECT * FROM " + shape.catalogueName() + " WHERE " + column
                + " IN (:ids)").param("ids", keys).query().listOfRows();
        if (found.isEmpty()) {
            return;
        }
        Map<Object, Map<String, Object>> held = rows.computeIfAbsent(table, k -> new LinkedHashMap<>());
        List<Object> ids = new ArrayList<>();
        for (Map<String, Object> raw : found) {
            Map<String, Object> row = plain(raw);
            Object id = row.get("id");
            held.putIfAbsent(id == null ? held.size() + ":" + row.hashCode() : id, row);
            if (id != null) {
                ids.add(id);
            }
        }
        if (shape.hasId() && !path.contains(table)) {
            Set<String> deeper = new HashSet<>(path);
            deeper.add(table);
            for (PupilRecordGraph.Link link : graph.linksFrom(table)) {
                visit(link.table(), link.column(), ids, rows, deeper);
            }
        }
    }

    /** Column names in lower case, values as JSON can hold them (dates and times as ISO text). */
    private static Map<String, Object> plain(Map<String, Object> raw) {
        Map<String, Object> row = new LinkedHashMap<>();
        raw.forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT), value == null ? null : plainValue(value)));
        return row;
    }

    private static Object plainValue(Object value) {
        return switch (value) {
            case Timestamp t -> t.toInstant().toString();
            case java.sql.Date d -> d.toLocalDate().toString();
            case java.time.temporal.TemporalAccessor t -> t.toString();
            case Clob c -> clob(c);
            case Number n -> n;
            case Boolean b -> b;
            default -> value.toString();
        };
    }

    private static String clob(Clob clob) {
        try {
            return clob.getSubString(1, (int) clob.length());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireOwnAuthority(long pupilId, String action) {
        UserScope user = currentUser.require();
        @Nullable Long authority = jdbc.sql("SELECT local_authority_id FROM pupil WHERE id = :id").param("id", pupilId)
                .query(Long.class).optional().orElse(null);
        if (authority == null || !Objects.equals(authority, user.localAuthorityId())) {
            auditLog.recordDenied(action, SUBJECT, pupilId, authority == null ? "no such pupil" : "another authority");
            // the same answer for another authority's child as for no child: no probing for records
            throw new NotFoundException("pupil " + pupilId);
        }
    }
}
