package org.waymark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.KaribuTest;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.base.ui.RecordNotFoundView;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.service.PupilService;
import org.waymark.pupils.ui.PupilDetailsView;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;

/**
 * The authorization matrix (issue 20 point 10): every role with a demo login × every operation on
 * a child's record (the record, a plan, a plan version, the plan's attachments and one file, the
 * pupil's page, a change of the record) × the pupil's relation to the user (own school or own
 * child, another school of the same family, another family of the same authority, another
 * authority, and for a parent another child). Each cell's expectation comes from the access policy
 * evaluated for the pair and, independently, from the hand-written table of intended rules below;
 * the test checks that the two agree and that the service or route does what they say — a refusal
 * being an {@link AccessDeniedException} (or the not-found page) and a DENIED row in the audit.
 */
class AuthorizationMatrixIT extends KaribuTest {

    /** How a target pupil stands to the signed-in user. */
    enum Relation {
        /** A parent's own child. */
        OWN_CHILD,
        /** A pupil at the user's school (for a parent: another child at their child's school). */
        OWN_SCHOOL,
        OTHER_SCHOOL_SAME_FAMILY,
        OTHER_FAMILY_SAME_AUTHORITY,
        OTHER_AUTHORITY
    }

    enum Operation { READ_RECORD, OPEN_PLAN, PLAN_VERSION, LIST_ATTACHMENTS, DOWNLOAD_ATTACHMENT, PUPIL_PAGE, UPDATE_RECORD }

    /** The intended reach of a row, written by hand from SPEC §1 and issue 20 — not from the policy's code. */
    enum Intended { SCHOOL_WRITER, SCHOOL_READER, FAMILY, AUTHORITY, AUTHORITY_FIGURES_ONLY, NO_PUPILS, PARENT }

    /** One row per role with a demo login: the login and the role it stands for. */
    record Row(String username, Role role, Intended intended) {
    }

    static final List<Row> ROWS = List.of(
            new Row("senco", Role.SCHOOL_SENCO, Intended.SCHOOL_WRITER),
            new Row("head", Role.HEAD_TEACHER, Intended.SCHOOL_READER),
            new Row("family.senco", Role.FAMILY_SENCO, Intended.FAMILY),
            new Row("caseworker", Role.CASEWORKER, Intended.AUTHORITY),
            new Row("lead.send", Role.LEAD_SEND_COORDINATOR, Intended.AUTHORITY),
            new Row("teamlead", Role.SEND_TEAM_LEADER, Intended.AUTHORITY),
            new Row("personalisation", Role.PERSONALISATION_OFFICER, Intended.AUTHORITY),
            new Row("eso", Role.EDUCATION_SUPPORT_OFFICER, Intended.AUTHORITY),
            new Row("inclusion", Role.INCLUSION_TEAM, Intended.AUTHORITY_FIGURES_ONLY),
            new Row("finance", Role.FINANCE_OFFICER, Intended.AUTHORITY_FIGURES_ONLY),
            new Row("panel", Role.PANEL_MEMBER, Intended.NO_PUPILS),
            new Row("admin", Role.LA_ADMIN, Intended.NO_PUPILS),
            new Row("dpo", Role.DATA_PROTECTION_OFFICER, Intended.NO_PUPILS),
            new Row("parent", Role.PARENT, Intended.PARENT),
            // the other authorities' twins of the school roles, so "other authority" is seen from each side
            new Row("senco.cy", Role.SCHOOL_SENCO, Intended.SCHOOL_WRITER),
            new Row("parent.cy", Role.PARENT, Intended.PARENT),
            new Row("senco.gl", Role.SCHOOL_SENCO, Intended.SCHOOL_WRITER),
            new Row("caseworker.sc", Role.CASEWORKER, Intended.AUTHORITY));

    /** The hand-written table: may a row of this kind read (r), see plan content and files (c), change (w)? */
    static Set<Operation> intended(Intended kind, Relation relation) {
        boolean read = switch (kind) {
            case SCHOOL_WRITER, SCHOOL_READER -> relation == Relation.OWN_SCHOOL;
            case FAMILY -> relation == Relation.OWN_SCHOOL || relation == Relation.OTHER_SCHOOL_SAME_FAMILY;
            case AUTHORITY, AUTHORITY_FIGURES_ONLY -> relation != Relation.OTHER_AUTHORITY;
            case NO_PUPILS -> false;
            case PARENT -> relation == Relation.OWN_CHILD;
        };
        boolean content = read && kind != Intended.AUTHORITY_FIGURES_ONLY;
        boolean write = kind == Intended.SCHOOL_WRITER && relation == Relation.OWN_SCHOOL;
        EnumSet<Operation> allowed = EnumSet.noneOf(Operation.class);
        if (read) {
            allowed.addAll(List.of(Operation.READ_RECORD, Operation.PLAN_VERSION, Operation.PUPIL_PAGE));
        }
        if (content) {
            allowed.addAll(List.of(Operation.OPEN_PLAN, Operation.LIST_ATTACHMENTS, Operation.DOWNLOAD_ATTACHMENT));
        }
        if (write) {
            allowed.add(Operation.UPDATE_RECORD);
        }
        return allowed;
    }

    /** The access policy's answer for the pair. */
    Set<Operation> byPolicy(UserScope user, PupilScope pupil) {
        boolean read = policy.mayReadPupil(user, pupil);
        boolean content = read && policy.maySeeClinicalDetail(user);
        EnumSet<Operation> allowed = EnumSet.noneOf(Operation.class);
        if (read) {
            allowed.addAll(List.of(Operation.READ_RECORD, Operation.PLAN_VERSION, Operation.PUPIL_PAGE));
        }
        if (content) {
            allowed.addAll(List.of(Operation.OPEN_PLAN, Operation.LIST_ATTACHMENTS, Operation.DOWNLOAD_ATTACHMENT));
        }
        if (policy.mayWritePupil(user, pupil)) {
            allowed.add(Operation.UPDATE_RECORD);
        }
        return allowed;
    }

    @Autowired AccessPolicy policy;
    @Autowired PupilService pupils;
    @Autowired PlanService plans;
    @Autowired PupilRepository repository;
    @Autowired JdbcClient jdbc;
    @Autowired AttachmentStore attachmentStore;

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A target: the pupil, and a plan of theirs with (when there is one) an attached file. */
    record Target(long pupilId, @Nullable Long planId, @Nullable Long attachmentId) {
    }

    private @Nullable String signedIn;
    private @Nullable UserScope scope;
    private int cells;
    private int allowedCells;
    private int deniedCells;
    private final List<String> skipped = new ArrayList<>();

    /** Signs in once per row; the cells of the row reuse the sign-in. */
    private UserScope as(String username) {
        if (!username.equals(signedIn) || SecurityContextHolder.getContext().getAuthentication() == null) {
            scope = login(username).scope();
            signedIn = username;
        }
        return java.util.Objects.requireNonNull(scope);
    }

    @TestFactory
    List<DynamicNode> matrix() {
        List<DynamicNode> rows = new ArrayList<>();
        for (Row row : ROWS) {
            List<DynamicNode> cellsOfRow = new ArrayList<>();
            cellsOfRow.add(DynamicTest.dynamicTest("holds " + row.role(),
                    () -> assertThat(as(row.username()).roles()).contains(row.role())));
            for (Relation relation : Relation.values()) {
                if (relation == Relation.OWN_CHILD && row.intended() != Intended.PARENT) {
                    continue;
                }
                for (Operation operation : Operation.values()) {
                    cellsOfRow.add(DynamicTest.dynamicTest(relation + " × " + operation,
                            () -> cell(row, relation, operation)));
                }
            }
            rows.add(DynamicContainer.dynamicContainer(row.username() + " (" + row.role() + ")", cellsOfRow));
        }
        rows.add(DynamicTest.dynamicTest("cells checked", () -> {
            System.out.printf("authorization matrix: %d cells checked (%d allowed, %d denied), %d without a plan in"
                    + " the demo: %s%n", cells, allowedCells, deniedCells, skipped.size(), skipped);
            // neither answer is vacuous: both allows and refusals were exercised in number
            assertThat(allowedCells).isGreaterThan(100);
            assertThat(deniedCells).isGreaterThan(200);
            assertThat(allowedCells + deniedCells).isEqualTo(cells);
            // only a parent's own child may lack a plan (the demo's choice); every other cell ran
            assertThat(skipped).allMatch(s -> s.contains("OWN_CHILD"));
            assertThat(cells).isGreaterThanOrEqualTo(ROWS.size() * 4 * 5);
        }));
        return rows;
    }

    private final Map<String, Map<Relation, Optional<Target>>> targets = new LinkedHashMap<>();

    private void cell(Row row, Relation relation, Operation operation) {
        UserScope user = as(row.username());
        Target target = targets.computeIfAbsent(row.username(), u -> findTargets(user)).get(relation)
                .orElseThrow(() -> new AssertionError("no demo pupil " + relation + " for " + row.username()));
        PupilScope pupil = pupils.accessScope(target.pupilId());
        boolean expected = byPolicy(user, pupil).contains(operation);
        // (a) the hand-written rules agree with the policy for this cell
        assertThat(intended(row.intended(), relation).contains(operation))
                .as("hand table vs AccessPolicy: %s %s %s (pupil %d)", row.username(), relation, operation,
                        target.pupilId())
                .isEqualTo(expected);
        // (b) the service or route does what the policy says
        Long planId = target.planId();
        Long attachmentId = target.attachmentId();
        boolean needsPlan = EnumSet.of(Operation.OPEN_PLAN, Operation.PLAN_VERSION, Operation.LIST_ATTACHMENTS,
                Operation.DOWNLOAD_ATTACHMENT).contains(operation);
        if ((needsPlan && planId == null) || (operation == Operation.DOWNLOAD_ATTACHMENT && attachmentId == null)) {
            skipped.add(row.username() + " " + relation + " " + operation);
            return;
        }
        switch (operation) {
            case READ_RECORD -> check(row, target, expected, "READ", () -> pupils.get(target.pupilId()).pupil().getId(),
                    target.pupilId());
            case OPEN_PLAN -> check(row, target, expected, "READ_PLAN",
                    () -> plans.open(java.util.Objects.requireNonNull(planId)).plan().getPupilId(), target.pupilId());
            case PLAN_VERSION -> check(row, target, expected, "READ_PLAN",
                    () -> plans.version(java.util.Objects.requireNonNull(planId), 1), null);
            case LIST_ATTACHMENTS -> check(row, target, expected, "READ_ATTACHMENTS",
                    () -> plans.attachedFiles(java.util.Objects.requireNonNull(planId)).attachments().stream()
                            .anyMatch(f -> java.util.Objects.equals(f.getId(), attachmentId)), Boolean.TRUE);
            case DOWNLOAD_ATTACHMENT -> check(row, target, expected, "READ_ATTACHMENT",
                    () -> plans.attachment(java.util.Objects.requireNonNull(planId),
                            java.util.Objects.requireNonNull(attachmentId)).attachment().getPupilId(), target.pupilId());
            case PUPIL_PAGE -> page(row, target, expected);
            case UPDATE_RECORD -> {
                var current = repository.findById(target.pupilId()).orElseThrow();
                int version = java.util.Objects.requireNonNull(current.getVersion());
                // the same details back: allowed changes nothing, so the shared demo data stays as it is
                check(row, target, expected, "UPDATE", () -> {
                    pupils.update(target.pupilId(), version, current.details(), true);
                    return target.pupilId();
                }, target.pupilId());
            }
        }
        cells++;
    }

    private void check(Row row, Target target, boolean expected, String action, Supplier<Object> call,
                       @Nullable Object answer) {
        String what = row.username() + " " + action + " pupil " + target.pupilId();
        if (expected) {
            Object got = call.get();
            if (answer != null) {
                assertThat(got).as(what).isEqualTo(answer);
            }
            allowedCells++;
            return;
        }
        deniedCells++;
        long denied = deniedBy(row.username());
        long deniedHere = deniedBy(row.username(), action, target.pupilId());
        assertThatThrownBy(call::get).as(what).isInstanceOf(AccessDeniedException.class);
        assertThat(deniedBy(row.username())).as("a DENIED audit row for " + what).isEqualTo(denied + 1);
        if (passesRoleGate(row.username(), action)) {
            // refused by scope in the service: audited against the child's record itself
            assertThat(deniedBy(row.username(), action, target.pupilId())).as(what).isEqualTo(deniedHere + 1);
        }
    }

    /** Whether the user's roles pass the method's role check, so the refusal is the service's scope check. */
    private boolean passesRoleGate(String username, String action) {
        Set<Role> roles = as(username).roles();
        if (action.equals("UPDATE")) {
            return roles.contains(Role.SCHOOL_SENCO);
        }
        return roles.stream().anyMatch(r -> r.reach() != Role.Reach.NONE);
    }

    private void page(Row row, Target target, boolean expected) {
        long denied = deniedBy(row.username());
        if (!passesRoleGate(row.username(), "READ")) {
            // the page's own role annotations refuse the route before any record is looked up
            assertThat(expected).isFalse();
            deniedCells++;
            assertThatThrownBy(() -> UI.getCurrent().navigate("pupils/" + target.pupilId()))
                    .as(row.username() + " is refused the pupil page by its roles")
                    .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
            return;
        }
        long deniedHere = deniedBy(row.username(), "READ", target.pupilId());
        UI.getCurrent().navigate("pupils/" + target.pupilId());
        boolean shown = !LocatorJ._find(PupilDetailsView.class).isEmpty();
        boolean refused = !LocatorJ._find(RecordNotFoundView.class).isEmpty()
                || !LocatorJ._find(AccessRefusedView.class).isEmpty();
        assertThat(shown).as(row.username() + " sees pupil page " + target.pupilId()).isEqualTo(expected);
        assertThat(refused).as(row.username() + " gets the not-found page for " + target.pupilId()).isEqualTo(!expected);
        if (expected) {
            allowedCells++;
        } else {
            deniedCells++;
        }
        if (!expected) {
            assertThat(deniedBy(row.username())).as("a DENIED audit row for the page").isEqualTo(denied + 1);
            assertThat(deniedBy(row.username(), "READ", target.pupilId())).isEqualTo(deniedHere + 1);
        }
        UI.getCurrent().navigate("");
    }

    private long deniedBy(String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND outcome = 'DENIED'").param("a", actor)
                .query(Long.class).single();
    }

    private long deniedBy(String actor, String action, long pupilId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = :act AND subject_type = 'PUPIL'"
                        + " AND subject_id = :id AND outcome = 'DENIED'")
                .param("a", actor).param("act", action).param("id", String.valueOf(pupilId)).query(Long.class).single();
    }

    /**
     * The targets relative to the user: the anchor is the user's school, else a school of their
     * family, else (authority roles) the school of their authority's demo SENCO, and for a parent
     * their child's school. Candidates come by SQL from the demo data; a pupil counts only if it
     * attends the school now and no former school is in its read-only history period.
     */
    private Map<Relation, Optional<Target>> findTargets(UserScope user) {
        long anchor;
        Long child = user.childIds().stream().min(Long::compare).orElse(null);
        if (child != null) {
            anchor = jdbc.sql("SELECT school_id FROM pupil WHERE id = :p").param("p", child).query(Long.class).single();
        } else if (user.schoolId() != null) {
            anchor = user.schoolId();
        } else if (user.familyId() != null) {
            anchor = jdbc.sql("SELECT MIN(id) FROM school WHERE family_id = :f").param("f", user.familyId())
                    .query(Long.class).single();
        } else {
            anchor = jdbc.sql("SELECT MIN(u.school_id) FROM app_user u JOIN user_role r ON r.app_user_id = u.id"
                            + " WHERE u.local_authority_id = :la AND r.role = 'SCHOOL_SENCO'")
                    .param("la", user.localAuthorityId()).query(Long.class).single();
        }
        Map<String, Object> school = jdbc.sql("SELECT family_id, local_authority_id FROM school WHERE id = :s")
                .param("s", anchor).query().singleRow();
        Object family = school.get("family_id");
        long authority = ((Number) java.util.Objects.requireNonNull(school.get("local_authority_id"))).longValue();
        Map<Relation, Optional<Target>> found = new LinkedHashMap<>();
        if (child != null) {
            found.put(Relation.OWN_CHILD, target(user, "p.id = " + child));
        }
        found.put(Relation.OWN_SCHOOL, target(user, "s.id = " + anchor));
        found.put(Relation.OTHER_SCHOOL_SAME_FAMILY, family == null ? Optional.empty()
                : target(user, "s.family_id = " + family + " AND s.id <> " + anchor));
        found.put(Relation.OTHER_FAMILY_SAME_AUTHORITY, target(user, "s.local_authority_id = " + authority
                + " AND s.family_id IS NOT NULL" + (family == null ? "" : " AND s.family_id <> " + family)));
        found.put(Relation.OTHER_AUTHORITY, target(user, "s.local_authority_id <> " + authority));
        return found;
    }

    private Optional<Target> target(UserScope user, String where) {
        // pupils with a plan first, and among them those whose plan has a file
        List<Target> candidates = jdbc.sql("SELECT p.id,"
                        + " (SELECT MIN(sp.id) FROM support_plan sp WHERE sp.pupil_id = p.id) AS plan_id"
                        + " FROM pupil p JOIN school s ON s.id = p.school_id WHERE " + where
                        + " AND EXISTS (SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id AND e.school_id = p.school_id"
                        + " AND e.end_date IS NULL)"
                        + " ORDER BY CASE WHEN EXISTS (SELECT 1 FROM attachment a JOIN support_plan sp"
                        + " ON a.owner_type = 'PLAN' AND a.owner_id = sp.id WHERE sp.pupil_id = p.id) THEN 0"
                        + " WHEN EXISTS (SELECT 1 FROM support_plan sp WHERE sp.pupil_id = p.id) THEN 1 ELSE 2 END, p.id"
                        + " LIMIT 40")
                .query((rs, n) -> new Target(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2), null))
                .list();
        for (Target candidate : candidates) {
            PupilScope scope = pupils.accessScope(candidate.pupilId());
            if (!scope.enrolled() || !scope.historySchools().isEmpty()) {
                continue;
            }
            if (!where.startsWith("p.id") && user.childIds().contains(candidate.pupilId())) {
                continue;
            }
            Long plan = jdbc.sql("SELECT MIN(sp.id) FROM support_plan sp WHERE sp.pupil_id = :p AND EXISTS"
                            + " (SELECT 1 FROM attachment a WHERE a.owner_type = 'PLAN' AND a.owner_id = sp.id)")
                    .param("p", candidate.pupilId()).query(Long.class).optional().orElse(null);
            if (plan == null && candidate.planId() != null) {
                // the demo attaches no files: keep one with the pupil's plan (through the attachment
                // store, the path every plan file takes) so the download cell has a file to refuse or serve
                plan = candidate.planId();
                attachmentStore.store(OwnerType.PLAN, plan, candidate.pupilId(), AttachmentKind.OTHER,
                        "matrix-check.pdf", PDF, "matrix-test");
            }
            if (plan == null) {
                return Optional.of(candidate);
            }
            Long file = jdbc.sql("SELECT MIN(id) FROM attachment WHERE owner_type = 'PLAN' AND owner_id = :sp")
                    .param("sp", plan).query(Long.class).single();
            return Optional.of(new Target(candidate.pupilId(), plan, file));
        }
        return Optional.empty();
    }
}
