package org.waymark.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.api.service.ApiClientService;
import org.waymark.pupils.domain.UniquePupilNumber;
import org.waymark.security.service.AccountService;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * The REST API for other systems over HTTP (issue 22 point 4, DD018): each answer is checked
 * against the OpenAPI document the portal serves; a client reads and adds pupils only within its
 * scope (another authority's or another school's pupil answers exactly like a missing one and never
 * appears in a list); no key, an unknown key and a client turned off get 401; calls over the
 * client's limit get 429 with Retry-After; a new pupil's broken rules come back as 400 with a
 * message for each field; every call writes one audit row with the client as actor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-api;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.work-in-flight=true"})
@ActiveProfiles("test")
class ApiIT {

    @LocalServerPort int port;
    @Autowired ApiClientService clients;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired org.waymark.panels.service.LetterService letterService;
    @Autowired java.time.Clock clock;

    private static @Nullable OpenApiInteractionValidator validator;
    private static int registered;

    record Client(long id, String key, String actor) {
    }

    record Answer(int status, String body, Map<String, List<String>> headers) {
        @Nullable String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // ---- helpers ----

    /** A client registered by the demo authority's administrator through the service, as the screen does. */
    private Client register(@Nullable Long schoolId, int perMinute, boolean enabled) {
        SignIn.as(accounts, "admin");
        try {
            String name = "Test system " + (++registered) + " " + System.nanoTime();
            var issued = clients.register(name, schoolId, perMinute);
            if (enabled) {
                clients.setEnabled(issued.clientId(), true);
            }
            return new Client(issued.clientId(), issued.key(), "api:" + issued.clientId() + ":" + name);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void setEnabled(Client client, boolean enabled) {
        SignIn.as(accounts, "admin");
        try {
            clients.setEnabled(client.id(), enabled);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Answer call(String method, String pathAndQuery, @Nullable String key, @Nullable String json,
                        @Nullable String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        }
    }

    private Answer get(String pathAndQuery, @Nullable String key) throws Exception {
        return call("GET", pathAndQuery, key, null, null);
    }

    /** The served OpenAPI document, read once, as the validator of every answer. */
    private OpenApiInteractionValidator validator() throws Exception {
        if (validator == null) {
            Answer document = get("/api/v1/openapi.json", null);
            assertThat(document.status()).isEqualTo(200);
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(document.body()).build();
        }
        return validator;
    }

    /** The request and its answer checked against the served document: no error. */
    private Answer valid(String method, String pathAndQuery, @Nullable String key, @Nullable String json,
                         Answer answer) throws Exception {
        assertThat(errors(method, pathAndQuery, key, json, answer)).as(method + " " + pathAndQuery + " -> "
                + answer.status() + " " + answer.body()).isEmpty();
        return answer;
    }

    private List<String> errors(String method, String pathAndQuery, @Nullable String key, @Nullable String json,
                                Answer answer) throws Exception {
        String[] parts = pathAndQuery.split("\\?", 2);
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), parts[0]);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        if (key != null) {
            request.withHeader("X-API-Key", key);
        }
        if (json != null) {
            request.withContentType("application/json").withBody(json);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
        String type = answer.header("Content-Type");
        if (type != null) {
            response.withContentType(type);
        }
        ValidationReport report = validator().validate(request.build(), response.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::toString).toList();
    }

    private Answer validGet(String pathAndQuery, @Nullable String key) throws Exception {
        return valid("GET", pathAndQuery, key, null, get(pathAndQuery, key));
    }

    private static List<Long> ids(String json, String field) {
        List<Long> found = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        return found;
    }

    private long adminAuthority() {
        return jdbc.sql("SELECT local_authority_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
    }

    private long sencoSchool() {
        return jdbc.sql("SELECT school_id FROM app_user WHERE username = 'senco'").query(Long.class).single();
    }

    private long pupilOutside(long laId) {
        return jdbc.sql("SELECT MIN(id) FROM pupil WHERE local_authority_id <> :la").param("la", laId)
                .query(Long.class).single();
    }

    private long calls(Client client, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'API_CALL' AND subject_id = :id "
                + "AND actor = :actor AND outcome = :o").param("id", String.valueOf(client.id()))
                .param("actor", client.actor()).param("o", outcome).query(Long.class).single();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String jsonText(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String newUpn() {
        String digits = String.format("%012d", System.nanoTime() % 1_000_000_000_000L);
        return UniquePupilNumber.checkLetter(digits) + digits;
    }

    // ---- the document ----

    @Test
    void the_openapi_document_is_served_without_a_key_and_describes_the_api() throws Exception {
        Answer document = get("/api/v1/openapi.json", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\":\"3.0", "\"/api/v1/pupils\"", "\"/api/v1/pupils/{id}\"",
                "\"/api/v1/pupils/{id}/plans\"", "\"/api/v1/pupils/{id}/allocations\"",
                "\"/api/v1/pupils/{id}/letters\"", "\"X-API-Key\"");
        // the validator the other tests rely on does refuse an answer that breaks the document
        String tampered = "{\"id\":1,\"firstName\":null}";
        assertThat(errors("GET", "/api/v1/pupils/1", "wmk_x", null,
                new Answer(200, tampered, Map.of("Content-Type", List.of("application/json"))))).isNotEmpty();
    }

    // ---- reads within scope, contract ----

    @Test
    void an_authority_client_reads_its_pupils_plans_funding_and_letters_as_documented() throws Exception {
        long la = adminAuthority();
        Client client = register(null, 600, true);
        Answer page = validGet("/api/v1/pupils?offset=0&limit=500", client.key());
        assertThat(page.status()).isEqualTo(200);
        List<Long> listed = ids(page.body(), "id");
        long held = jdbc.sql("SELECT COUNT(*) FROM pupil WHERE local_authority_id = :la").param("la", la)
                .query(Long.class).single();
        assertThat(held).isLessThanOrEqualTo(500);
        assertThat(listed).hasSize((int) held);
        // the whole authority: pupils of more than one of its schools, none of another authority
        assertThat(ids(page.body(), "schoolId").stream().distinct().count()).isGreaterThan(1);
        long outside = jdbc.sql("SELECT COUNT(*) FROM pupil WHERE local_authority_id <> :la AND id IN (:ids)")
                .param("la", la).param("ids", listed).query(Long.class).single();
        assertThat(outside).isZero();

        long withPlan = jdbc.sql("SELECT MIN(p.pupil_id) FROM support_plan p JOIN pupil u ON u.id = p.pupil_id "
                + "WHERE u.local_authority_id = :la").param("la", la).query(Long.class).single();
        Answer pupil = validGet("/api/v1/pupils/" + withPlan, client.key());
        assertThat(pupil.status()).isEqualTo(200);
        assertThat(ids(pupil.body(), "id")).first().isEqualTo(withPlan);
        Answer plans = validGet("/api/v1/pupils/" + withPlan + "/plans", client.key());
        assertThat(plans.status()).isEqualTo(200);
        long planCount = jdbc.sql("SELECT COUNT(*) FROM support_plan WHERE pupil_id = :p").param("p", withPlan)
                .query(Long.class).single();
        assertThat(ids(plans.body(), "id")).hasSize((int) planCount);

        long funded = jdbc.sql("SELECT MIN(a.pupil_id) FROM allocation a JOIN pupil u ON u.id = a.pupil_id "
                + "WHERE u.local_authority_id = :la AND a.end_date >= a.start_date").param("la", la)
                .query(Long.class).single();
        Answer allocations = validGet("/api/v1/pupils/" + funded + "/allocations", client.key());
        assertThat(allocations.status()).isEqualTo(200);
        assertThat(ids(allocations.body(), "id")).isNotEmpty();

        // a decision letter of the scheme's work in flight, generated and sent by the caseworker as the letters page does
        long lettered = sendOneLetter(la);
        Answer letters = validGet("/api/v1/pupils/" + lettered + "/letters", client.key());
        assertThat(letters.status()).isEqualTo(200);
        long sent = jdbc.sql("SELECT COUNT(*) FROM decision_letter WHERE pupil_id = :p AND sent_on IS NOT NULL")
                .param("p", lettered).query(Long.class).single();
        assertThat(ids(letters.body(), "id")).hasSize((int) sent);
    }

    /** Generates the letters of a decided meeting of the authority and marks one sent today; its pupil. */
    private long sendOneLetter(long la) {
        var due = jdbc.sql("SELECT id, panel_meeting_id, pupil_id FROM decision_letter WHERE local_authority_id = :la "
                + "AND sent_on IS NULL ORDER BY id LIMIT 1").param("la", la).query().singleRow();
        long letterId = ((Number) due.get("ID")).longValue();
        SignIn.as(accounts, "caseworker");
        try {
            letterService.generate(((Number) due.get("PANEL_MEETING_ID")).longValue(), (done, of) -> { });
            int version = jdbc.sql("SELECT version FROM decision_letter WHERE id = :id").param("id", letterId)
                    .query(Integer.class).single();
            letterService.markSent(letterId, version, java.time.LocalDate.now(clock));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return ((Number) due.get("PUPIL_ID")).longValue();
    }

    // ---- scope denials ----

    @Test
    void another_authoritys_pupil_answers_like_a_missing_one_and_the_refusal_is_audited() throws Exception {
        long la = adminAuthority();
        Client client = register(null, 600, true);
        long foreign = pupilOutside(la);
        long missing = jdbc.sql("SELECT MAX(id) + 1000 FROM pupil").query(Long.class).single();
        long deniedBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND outcome = 'DENIED' "
                + "AND subject_type = 'PUPIL' AND subject_id = :p").param("a", client.actor())
                .param("p", String.valueOf(foreign)).query(Long.class).single();
        for (String tail : new String[] {"", "/plans", "/allocations", "/letters"}) {
            Answer refused = validGet("/api/v1/pupils/" + foreign + tail, client.key());
            Answer absent = validGet("/api/v1/pupils/" + missing + tail, client.key());
            assertThat(refused.status()).as(tail).isEqualTo(404);
            assertThat(refused.body()).as(tail).isEqualTo(absent.body());
        }
        long deniedAfter = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND outcome = 'DENIED' "
                + "AND subject_type = 'PUPIL' AND subject_id = :p").param("a", client.actor())
                .param("p", String.valueOf(foreign)).query(Long.class).single();
        assertThat(deniedAfter).isEqualTo(deniedBefore + 4);
        // a search for the foreign pupil's surname finds nothing of theirs
        String surname = jdbc.sql("SELECT last_name FROM pupil WHERE id = :p").param("p", foreign)
                .query(String.class).single();
        Answer search = validGet("/api/v1/pupils?text=" + java.net.URLEncoder.encode(surname,
                java.nio.charset.StandardCharsets.UTF_8), client.key());
        assertThat(ids(search.body(), "id")).doesNotContain(foreign);
    }

    @Test
    void a_school_client_reads_only_its_own_schools_pupils() throws Exception {
        long school = sencoSchool();
        Client client = register(school, 600, true);
        Answer page = validGet("/api/v1/pupils?limit=500", client.key());
        assertThat(page.status()).isEqualTo(200);
        List<Long> listed = ids(page.body(), "id");
        // the pupils at the school, and those who left it within its read-only history period (as on the screens)
        long enrolled = jdbc.sql("SELECT COUNT(*) FROM pupil WHERE school_id = :s").param("s", school)
                .query(Long.class).single();
        assertThat(ids(page.body(), "schoolId").stream().filter(id -> id == school).count()).isEqualTo(enrolled);
        long beyond = jdbc.sql("SELECT COUNT(*) FROM pupil p WHERE p.id IN (:ids) AND p.school_id <> :s AND NOT EXISTS "
                        + "(SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id AND e.school_id = :s AND e.end_date >= :from)")
                .param("ids", listed).param("s", school).param("from", java.time.LocalDate.now(clock).minusDays(30))
                .query(Long.class).single();
        assertThat(beyond).as(page.body()).isZero();
        long leavers = listed.size() - enrolled;
        assertThat(Pattern.compile("\"leftOn\":").matcher(page.body()).results().count()).isEqualTo(leavers);
        long otherSchoolPupil = jdbc.sql("SELECT MIN(id) FROM pupil p WHERE local_authority_id = :la AND school_id <> :s "
                        + "AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id AND e.school_id = :s)")
                .param("la", adminAuthority()).param("s", school).query(Long.class).single();
        long ownPupil = jdbc.sql("SELECT MIN(id) FROM pupil WHERE school_id = :s").param("s", school)
                .query(Long.class).single();
        assertThat(validGet("/api/v1/pupils/" + ownPupil, client.key()).status()).isEqualTo(200);
        assertThat(validGet("/api/v1/pupils/" + otherSchoolPupil, client.key()).status()).isEqualTo(404);
        assertThat(ids(page.body(), "id")).doesNotContain(otherSchoolPupil);
    }

    // ---- authentication ----

    @Test
    void no_key_an_unknown_key_and_a_client_turned_off_get_401_and_are_audited() throws Exception {
        Client client = register(null, 600, false);
        assertThat(valid("GET", "/api/v1/pupils", null, null, get("/api/v1/pupils", null)).status()).isEqualTo(401);
        Answer unknown = validGet("/api/v1/pupils", "wmk_" + "A".repeat(43));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.header("WWW-Authenticate")).contains("X-API-Key");

        long deniedBefore = calls(client, "DENIED");
        Answer off = validGet("/api/v1/pupils", client.key());
        assertThat(off.status()).isEqualTo(401);
        assertThat(off.body()).contains(jsonText(text("api.error.disabled", Locale.ENGLISH)));
        assertThat(off.header("Set-Cookie")).isNull();
        assertThat(calls(client, "DENIED")).isEqualTo(deniedBefore + 1);

        setEnabled(client, true);
        assertThat(validGet("/api/v1/pupils", client.key()).status()).isEqualTo(200);
        setEnabled(client, false);
        assertThat(validGet("/api/v1/pupils", client.key()).status()).isEqualTo(401);
    }

    @Test
    void the_demo_clients_keys_work_as_the_readme_says() throws Exception {
        assertThat(validGet("/api/v1/pupils?limit=1", "wmk_DEMO-waymark-case-system-key-not-for-real-1").status())
                .isEqualTo(200);
        assertThat(validGet("/api/v1/pupils?limit=1", "wmk_DEMO-waymark-old-school-MIS-key-turned-off0").status())
                .isEqualTo(401);
    }

    @Test
    void a_rotated_key_replaces_the_old_one_at_once() throws Exception {
        Client client = register(null, 600, true);
        assertThat(get("/api/v1/pupils?limit=1", client.key()).status()).isEqualTo(200);
        SignIn.as(accounts, "admin");
        String newKey = clients.rotateKey(client.id()).key();
        SecurityContextHolder.clearContext();
        assertThat(get("/api/v1/pupils?limit=1", client.key()).status()).isEqualTo(401);
        assertThat(get("/api/v1/pupils?limit=1", newKey).status()).isEqualTo(200);
        // only the hash is stored: neither key appears in the table
        long plain = jdbc.sql("SELECT COUNT(*) FROM api_client WHERE key_hash = :k OR key_hash = :n")
                .param("k", client.key()).param("n", newKey).query(Long.class).single();
        assertThat(plain).isZero();
    }

    // ---- rate limit ----

    @Test
    void calls_over_the_clients_limit_get_429_with_retry_after() throws Exception {
        Client client = register(null, 3, true);
        int ok = 0;
        Answer refused = null;
        for (int i = 0; i < 12 && refused == null; i++) {
            Answer answer = validGet("/api/v1/pupils?limit=1", client.key());
            if (answer.status() == 429) {
                refused = answer;
            } else {
                assertThat(answer.status()).isEqualTo(200);
                ok++;
            }
        }
        assertThat(refused).as("a call over 3 a minute is refused").isNotNull();
        // at least the limit went through first (more only if a new minute began meanwhile)
        assertThat(ok).isGreaterThanOrEqualTo(3);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.body()).contains("\"too_many_requests\"");
        // another client is not held back by this one's calls
        Client other = register(null, 3, true);
        assertThat(get("/api/v1/pupils?limit=1", other.key()).status()).isEqualTo(200);
    }

    // ---- creating pupils ----

    private static String newPupil(@Nullable Long schoolId, String firstName, String dateOfBirth, String upn,
                                   String yearGroup) {
        return "{" + (schoolId == null ? "" : "\"schoolId\":" + schoolId + ",")
                + "\"firstName\":\"" + firstName + "\",\"lastName\":\"Api-Created\",\"dateOfBirth\":\"" + dateOfBirth
                + "\",\"upn\":\"" + upn + "\",\"yearGroup\":\"" + yearGroup + "\",\"primaryNeed\":\"COGNITION_LEARNING\","
                + "\"areasOfNeed\":[\"COGNITION_LEARNING\"]}";
    }

    @Test
    void a_client_adds_a_pupil_at_a_school_in_its_scope() throws Exception {
        long school = sencoSchool();
        Client client = register(null, 600, true);
        String upn = newUpn();
        String json = newPupil(school, "Rhian", "2016-05-10", upn, "Y6");
        long createdBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_CREATE' AND actor = :a")
                .param("a", client.actor()).query(Long.class).single();
        Answer created = valid("POST", "/api/v1/pupils", client.key(), json,
                call("POST", "/api/v1/pupils", client.key(), json, null));
        assertThat(created.status()).isEqualTo(201);
        long id = ids(created.body(), "id").getFirst();
        assertThat(created.header("Location")).isEqualTo("/api/v1/pupils/" + id);
        Map<String, Object> row = jdbc.sql("SELECT school_id, upn, first_name FROM pupil WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(new HashMap<>(row)).containsEntry("SCHOOL_ID", school).containsEntry("UPN", upn)
                .containsEntry("FIRST_NAME", "Rhian");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_CREATE' AND actor = :a")
                .param("a", client.actor()).query(Long.class).single()).isEqualTo(createdBefore + 1);

        // the same UPN again is a problem with the upn field
        Answer again = call("POST", "/api/v1/pupils", client.key(), newPupil(school, "Other", "2016-05-10", upn, "Y6"),
                null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"upn\"", jsonText(text("pupil.upn.taken", Locale.ENGLISH)));
    }

    @Test
    void a_new_pupils_broken_rules_come_back_as_400_with_a_message_for_each_field() throws Exception {
        long school = sencoSchool();
        Client client = register(null, 600, true);
        String badUpn = "A" + newUpn().substring(1);
        String corrected = UniquePupilNumber.isValid(badUpn) ? "B" + badUpn.substring(1) : badUpn;
        String json = newPupil(school, "", "2030-01-01", corrected, "Y6");
        long before = jdbc.sql("SELECT COUNT(*) FROM pupil").query(Long.class).single();
        Answer refused = valid("POST", "/api/v1/pupils", client.key(), json,
                call("POST", "/api/v1/pupils", client.key(), json, null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"error\":\"invalid\"", "\"field\":\"firstName\"",
                "\"field\":\"dateOfBirth\"", "\"field\":\"upn\"",
                jsonText(text("pupil.upn.checkLetter", Locale.ENGLISH)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil").query(Long.class).single()).isEqualTo(before);

        // in Welsh for a caller asking for Welsh
        Answer welsh = call("POST", "/api/v1/pupils", client.key(), json, "cy");
        assertThat(welsh.status()).isEqualTo(400);
        assertThat(welsh.body()).contains(jsonText(text("pupil.upn.checkLetter", Locale.forLanguageTag("cy"))));

        // a client of the whole authority must say which school; a body that is not JSON is refused too
        Answer noSchool = call("POST", "/api/v1/pupils", client.key(), newPupil(null, "Rhian", "2016-05-10", newUpn(), "Y6"),
                null);
        assertThat(noSchool.status()).isEqualTo(400);
        assertThat(noSchool.body()).contains("\"field\":\"schoolId\"");
        Answer notJson = call("POST", "/api/v1/pupils", client.key(), "{\"firstName\": ", null);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"error\":\"invalid\"");
    }

    @Test
    void a_school_client_cannot_add_a_pupil_at_another_school() throws Exception {
        long school = sencoSchool();
        long otherSchool = jdbc.sql("SELECT MIN(id) FROM school WHERE local_authority_id = :la AND id <> :s")
                .param("la", adminAuthority()).param("s", school).query(Long.class).single();
        long foreignSchool = jdbc.sql("SELECT MIN(id) FROM school WHERE local_authority_id <> :la")
                .param("la", adminAuthority()).query(Long.class).single();
        Client client = register(school, 600, true);
        long before = jdbc.sql("SELECT COUNT(*) FROM pupil").query(Long.class).single();
        for (long target : new long[] {otherSchool, foreignSchool}) {
            String json = newPupil(target, "Rhian", "2016-05-10", newUpn(), "Y6");
            Answer refused = valid("POST", "/api/v1/pupils", client.key(), json,
                    call("POST", "/api/v1/pupils", client.key(), json, null));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("\"field\":\"schoolId\"",
                    jsonText(text("api.pupil.school.notInScope", Locale.ENGLISH)));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil").query(Long.class).single()).isEqualTo(before);
        // without a school: the client's own
        String json = newPupil(null, "Rhian", "2016-05-10", newUpn(), "Y6");
        Answer created = call("POST", "/api/v1/pupils", client.key(), json, null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(ids(created.body(), "schoolId")).containsExactly(school);
    }

    /** A new pupil without any number: only names and date of birth tell whether the authority holds them. */
    private static String newPupilWithoutNumber(long schoolId, String firstName, String lastName, String dateOfBirth) {
        return "{\"schoolId\":" + schoolId + ",\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName
                + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"yearGroup\":\"Y6\",\"primaryNeed\":\"COGNITION_LEARNING\","
                + "\"areasOfNeed\":[\"COGNITION_LEARNING\"]}";
    }

    /** A surname part unique to the run, in letters (the pupil rules refuse digits in names). */
    private static String letters(long n) {
        StringBuilder s = new StringBuilder();
        long v = Math.abs(n);
        do {
            s.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return s.toString();
    }

    private long pupilsNamed(String lastName) {
        return jdbc.sql("SELECT COUNT(*) FROM pupil WHERE last_name = :n").param("n", lastName).query(Long.class).single();
    }

    @Test
    void a_pupil_the_authority_holds_by_names_and_date_of_birth_is_not_added_again() throws Exception {
        long school = sencoSchool();
        Client client = register(null, 600, true);
        String lastName = "Twice-" + letters(System.nanoTime());
        String json = newPupilWithoutNumber(school, "Carys", lastName, "2016-03-02");
        Answer first = valid("POST", "/api/v1/pupils", client.key(), json,
                call("POST", "/api/v1/pupils", client.key(), json, null));
        assertThat(first.status()).isEqualTo(201);
        assertThat(pupilsNamed(lastName)).isEqualTo(1);

        // the same call again (a retry), and the same child with other spacing and case: refused, nothing added
        long deniedBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_CREATE' AND actor = :a"
                + " AND outcome = 'DENIED'").param("a", client.actor()).query(Long.class).single();
        for (String again : new String[] {json,
                newPupilWithoutNumber(school, " carys", lastName.toUpperCase(Locale.ROOT) + " ", "2016-03-02")}) {
            Answer refused = valid("POST", "/api/v1/pupils", client.key(), again,
                    call("POST", "/api/v1/pupils", client.key(), again, null));
            assertThat(refused.status()).as(again).isEqualTo(409);
            assertThat(refused.body()).contains("\"error\":\"duplicate\"",
                    jsonText(text("api.error.duplicate", Locale.ENGLISH)));
        }
        assertThat(pupilsNamed(lastName)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_CREATE' AND actor = :a"
                + " AND outcome = 'DENIED'").param("a", client.actor()).query(Long.class).single())
                .isEqualTo(deniedBefore + 2);
        // in Welsh for a caller asking for Welsh
        Answer welsh = call("POST", "/api/v1/pupils", client.key(), json, "cy");
        assertThat(welsh.status()).isEqualTo(409);
        assertThat(welsh.body()).contains(jsonText(text("api.error.duplicate", Locale.forLanguageTag("cy"))));

        // a different date of birth is another child
        String otherBirthday = newPupilWithoutNumber(school, "Carys", lastName, "2016-03-03");
        assertThat(call("POST", "/api/v1/pupils", client.key(), otherBirthday, null).status()).isEqualTo(201);
        assertThat(pupilsNamed(lastName)).isEqualTo(2);
        // a school's client is refused alike for a namesake held at another school, which it is not told of
        long otherSchool = jdbc.sql("SELECT MIN(id) FROM school WHERE local_authority_id = :la AND id <> :s")
                .param("la", adminAuthority()).param("s", school).query(Long.class).single();
        Client schoolClient = register(otherSchool, 600, true);
        String there = newPupilWithoutNumber(otherSchool, "Carys", lastName, "2016-03-02");
        Answer elsewhere = valid("POST", "/api/v1/pupils", schoolClient.key(), there,
                call("POST", "/api/v1/pupils", schoolClient.key(), there, null));
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.body()).doesNotContain("\"id\"");
        assertThat(pupilsNamed(lastName)).isEqualTo(2);
    }

    @Test
    void namesakes_with_their_own_upns_are_different_children_but_two_namesakes_without_are_ambiguous()
            throws Exception {
        long school = sencoSchool();
        Client client = register(null, 600, true);
        String lastName = "Namesake-" + letters(System.nanoTime());
        String withUpn = "{\"schoolId\":" + school + ",\"firstName\":\"Owain\",\"lastName\":\"" + lastName
                + "\",\"dateOfBirth\":\"2015-11-20\",\"upn\":\"%s\",\"yearGroup\":\"Y6\","
                + "\"primaryNeed\":\"COGNITION_LEARNING\",\"areasOfNeed\":[\"COGNITION_LEARNING\"]}";
        // held with a UPN; a new one with another UPN is another child (the import matches it no more than this)
        assertThat(call("POST", "/api/v1/pupils", client.key(), withUpn.formatted(newUpn()), null).status())
                .isEqualTo(201);
        assertThat(call("POST", "/api/v1/pupils", client.key(), withUpn.formatted(newUpn()), null).status())
                .isEqualTo(201);
        assertThat(pupilsNamed(lastName)).isEqualTo(2);
        // without a number, two held namesakes: the import would refuse the record as ambiguous; so does the API
        String without = newPupilWithoutNumber(school, "Owain", lastName, "2015-11-20");
        Answer refused = valid("POST", "/api/v1/pupils", client.key(), without,
                call("POST", "/api/v1/pupils", client.key(), without, null));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(pupilsNamed(lastName)).isEqualTo(2);
    }

    @Test
    void a_school_client_gets_404_for_every_read_of_another_schools_pupil_and_for_a_missing_one_alike()
            throws Exception {
        long school = sencoSchool();
        Client client = register(school, 600, true);
        long otherSchoolPupil = jdbc.sql("SELECT MIN(id) FROM pupil p WHERE local_authority_id = :la AND school_id <> :s "
                        + "AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id AND e.school_id = :s)")
                .param("la", adminAuthority()).param("s", school).query(Long.class).single();
        long foreign = pupilOutside(adminAuthority());
        long missing = jdbc.sql("SELECT MAX(id) + 1000 FROM pupil").query(Long.class).single();
        long deniedBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND outcome = 'DENIED' "
                + "AND subject_type = 'PUPIL' AND subject_id IN (:p)").param("a", client.actor())
                .param("p", List.of(String.valueOf(otherSchoolPupil), String.valueOf(foreign))).query(Long.class).single();
        for (String tail : new String[] {"", "/plans", "/allocations", "/letters"}) {
            Answer absent = validGet("/api/v1/pupils/" + missing + tail, client.key());
            assertThat(absent.status()).as(tail).isEqualTo(404);
            for (long outOfScope : new long[] {otherSchoolPupil, foreign}) {
                Answer refused = validGet("/api/v1/pupils/" + outOfScope + tail, client.key());
                assertThat(refused.status()).as(outOfScope + tail).isEqualTo(404);
                assertThat(refused.body()).as(outOfScope + tail).isEqualTo(absent.body());
            }
        }
        long deniedAfter = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND outcome = 'DENIED' "
                + "AND subject_type = 'PUPIL' AND subject_id IN (:p)").param("a", client.actor())
                .param("p", List.of(String.valueOf(otherSchoolPupil), String.valueOf(foreign))).query(Long.class).single();
        assertThat(deniedAfter).isEqualTo(deniedBefore + 8);
    }

    // ---- audit ----

    @Test
    void every_call_writes_one_audit_row_with_the_client_as_actor() throws Exception {
        Client client = register(null, 600, true);
        long la = adminAuthority();
        long foreign = pupilOutside(la);
        long allowedBefore = calls(client, "ALLOWED");
        long deniedBefore = calls(client, "DENIED");
        get("/api/v1/pupils?limit=5", client.key());
        get("/api/v1/pupils?limit=5&offset=5", client.key());
        get("/api/v1/pupils/" + foreign, client.key());
        get("/api/v1/nothing-here", client.key());
        assertThat(calls(client, "ALLOWED")).isEqualTo(allowedBefore + 2);
        assertThat(calls(client, "DENIED")).isEqualTo(deniedBefore + 2);
        String detail = jdbc.sql("SELECT detail FROM audit_event WHERE action = 'API_CALL' AND subject_id = :id "
                + "ORDER BY id DESC LIMIT 1").param("id", String.valueOf(client.id())).query(String.class).single();
        assertThat(detail).isEqualTo("GET /api/v1/nothing-here 404");
    }
}
