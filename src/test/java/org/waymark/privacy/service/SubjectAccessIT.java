package org.waymark.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.DemoPupils;
import org.waymark.SignIn;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.base.domain.NotFoundException;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.security.service.AccountService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The subject-access export: one child's records and documents, nobody else's; only for the child's own authority. */
@SpringBootTest
@ActiveProfiles("test")
class SubjectAccessIT {

    @Autowired SubjectAccessService exports;
    @Autowired PlanService plans;
    @Autowired AccountService accounts;
    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_zip_holds_the_childs_plan_and_document_as_json_and_files_and_no_other_childs() throws IOException {
        long child = demo.enrolAt("Larkfield Primary School");
        long other = demo.enrolAt("Larkfield Primary School");
        SignIn.as(accounts, "senco");
        long plan = plans.startPlan(child, PlanType.SEN_SUPPORT);
        byte[] pdf = ("%PDF-1.7\n% child " + child + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Attachment file = plans.attach(plan, AttachmentKind.OTHER, "speech-report.pdf", pdf);
        long otherPlan = plans.startPlan(other, PlanType.SEN_SUPPORT);
        Attachment otherFile = plans.attach(otherPlan, AttachmentKind.OTHER, "other.pdf", pdf);

        SignIn.as(accounts, "admin");
        assertThat(exports.fileName(child)).isEqualTo("subject-access-" + child + ".zip");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(child, out);
        Map<String, byte[]> entries = unzip(out.toByteArray());

        JsonMapper json = JsonMapper.builder().build();
        JsonNode pupils = json.readTree(entries.get("pupil.json"));
        assertThat(pupils.size()).isEqualTo(1);
        assertThat(pupils.get(0).get("id").asLong()).isEqualTo(child);
        assertThat(ids(json.readTree(entries.get("support_plan.json")))).containsExactly(plan).doesNotContain(otherPlan);
        assertThat(ids(json.readTree(entries.get("attachment.json")))).containsExactly(file.getId())
                .doesNotContain(otherFile.getId());
        assertThat(ids(json.readTree(entries.get("plan_version.json")))).isNotEmpty();
        for (JsonNode version : json.readTree(entries.get("plan_version.json"))) {
            assertThat(version.get("support_plan_id").asLong()).isEqualTo(plan);
        }
        assertThat(entries).containsKey("enrolment.json");
        assertThat(entries.get("documents/attachment-" + file.getId() + "-speech-report.pdf")).isEqualTo(pdf);
        assertThat(entries.keySet()).noneMatch(name -> name.contains("other.pdf"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'admin' AND action = 'SUBJECT_ACCESS_EXPORT'"
                + " AND subject_id = :id AND outcome = 'ALLOWED'").param("id", String.valueOf(child))
                .query(Long.class).single()).isOne();
    }

    @Test
    void another_authoritys_child_is_not_found_exactly_as_a_missing_one_and_both_are_audited() {
        long child = demo.enrolAt("Larkfield Primary School");
        SignIn.as(accounts, "admin.gl");
        assertThatThrownBy(() -> exports.export(child, new ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class).hasMessage("pupil " + child);
        assertThatThrownBy(() -> exports.export(Long.MAX_VALUE, new ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class).hasMessage("pupil " + Long.MAX_VALUE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'admin.gl' AND action = 'SUBJECT_ACCESS_EXPORT'"
                + " AND subject_id = :id AND outcome = 'DENIED'").param("id", String.valueOf(child))
                .query(Long.class).single()).isOne();
        for (String role : List.of("senco", "caseworker", "parent")) {
            SignIn.as(accounts, role);
            assertThatThrownBy(() -> exports.export(child, new ByteArrayOutputStream())).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static List<Long> ids(JsonNode array) {
        java.util.ArrayList<Long> ids = new java.util.ArrayList<>();
        array.forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
