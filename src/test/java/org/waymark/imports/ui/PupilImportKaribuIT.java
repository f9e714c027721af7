package org.waymark.imports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.imports.domain.CtfFiles;
import org.waymark.imports.domain.ImportLine;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.ui.PupilListView;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;

import jakarta.servlet.http.Part;

/** The import page per role: the SENCO imports their school's file, the officer may record moves, others are refused. */
class PupilImportKaribuIT extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired PupilRepository pupils;

    private String reference(String school) {
        return jdbc.sql("SELECT reference_number FROM school WHERE name = :n").param("n", school).query(String.class)
                .single();
    }

    private LocalDate year4Birthday() {
        LocalDate t = today();
        return LocalDate.of(t.getMonthValue() >= 9 ? t.getYear() : t.getYear() - 1, 9, 1).minusYears(8).minusDays(77);
    }

    @Test
    void a_senco_previews_confirms_and_imports_their_schools_file() {
        login("senco");
        UI.getCurrent().navigate(PupilListView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("import-pupils")).getHref()).isEqualTo("pupils/import");
        UI.getCurrent().navigate("pupils/import");
        PupilImportView view = _get(PupilImportView.class);
        assertThat(view.result.isVisible()).isFalse();
        String upn = CtfFiles.upn(System.nanoTime() % 1_000_000_000L + 7_000_000_000L);
        String xml = CtfFiles.header("", reference("Larkfield Primary School"), today())
                + CtfFiles.pupil(upn, "Clementine", "Orchard", year4Birthday(), "4", "SLCN") + CtfFiles.footer();

        view.previewOf("larkfield.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(view.result.isVisible()).isTrue();
        assertThat(view.summary.getText()).startsWith("For Larkfield Primary School: 1 to add, 0 to update");
        assertThat(view.recordMoves.isVisible()).isFalse(); // a SENCO does not record leavers
        ImportLine first = GridKt._get(view.grid, 0);
        assertThat(first.kind()).isEqualTo(ImportLine.Kind.ADDED);
        assertThat(view.reason(first)).isEqualTo("New pupil at Larkfield Primary School");
        view.show.setValue(ImportLine.Kind.LEAVER);
        assertThat(GridKt._size(view.grid)).isEqualTo((int) jdbc.sql("SELECT COUNT(*) FROM pupil p JOIN enrolment e"
                + " ON e.pupil_id = p.id AND e.end_date IS NULL JOIN school s ON s.id = p.school_id"
                + " WHERE s.name = 'Larkfield Primary School' AND e.start_date < :today")
                .param("today", today()).query(Long.class).single().longValue());

        view.apply.click();
        assertThat(Confirming.says("confirm-import")).contains("1 pupils will be added and 0 updated")
                .contains("No leavers or moves will be recorded.");
        Confirming.confirm("confirm-import");

        assertThat(OpenNotices.successes()).contains("Done: 1 added, 0 updated, 0 leavers and 0 moves recorded.");
        assertThat(pupils.findByUpn(upn)).isPresent();
        assertThat(view.result.isVisible()).isFalse();
    }

    @Test
    void a_file_with_a_dtd_is_refused_with_its_line_and_nothing_to_apply() {
        login("senco");
        UI.getCurrent().navigate("pupils/import");
        PupilImportView view = _get(PupilImportView.class);

        view.previewOf("evil.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [<!ENTITY a \"aaaa\">]>\n"
                + "<CTfile>&a;</CTfile>").getBytes(StandardCharsets.UTF_8));

        assertThat(view.result.isVisible()).isFalse();
        assertThat(view.fileProblems.getElement().getChildCount()).isEqualTo(1);
        assertThat(view.fileProblems.getElement().getChild(0).getText())
                .isEqualTo("Line 2, <!DOCTYPE>: The file declares a DTD. A CTF never needs one, so the file was refused.");
        assertThat(OpenNotices.errors()).contains("evil.xml could not be read. Nothing was changed.");
    }

    /**
     * A file with no pupil records is the whole roll of its header's school: it names the school and
     * offers every pupil enrolled there as a leaver. (It was disabled while the preview of an empty
     * file named no school: the schools of a file were taken from its pupil records only.)
     */
    @Test
    void an_officer_is_offered_to_record_the_leavers_and_moves() {
        login("eso");
        UI.getCurrent().navigate("pupils/import");
        PupilImportView view = _get(PupilImportView.class);
        String xml = CtfFiles.header("", reference("St Aidan's CE Primary School"), today()) + CtfFiles.footer();
        long enrolled = jdbc.sql("SELECT COUNT(*) FROM pupil p JOIN enrolment e ON e.pupil_id = p.id"
                + " AND e.end_date IS NULL JOIN school s ON s.id = p.school_id"
                + " WHERE s.name = 'St Aidan''s CE Primary School' AND e.start_date < :today")
                .param("today", today()).query(Long.class).single();
        assertThat(enrolled).isPositive();

        view.previewOf("aidans.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(view.result.isVisible()).isTrue();
        assertThat(view.summary.getText()).startsWith("For St Aidan's CE Primary School: 0 to add, 0 to update");
        assertThat(view.recordMoves.isVisible()).as(view.summary.getText()).isTrue();
        view.show.setValue(ImportLine.Kind.LEAVER);
        assertThat(GridKt._size(view.grid)).isEqualTo((int) enrolled);
        view.recordMoves.setValue(true);
        view.apply.click();
        assertThat(Confirming.says("confirm-import")).contains(enrolled + " leavers and 0 moves will be recorded");
        Confirming.cancel("confirm-import");
    }

    /** The import's own cap (64 MB): a file one byte over it is refused with the message, and nothing is read or kept. */
    @Test
    void a_file_just_over_the_cap_is_refused_with_the_message_and_nothing_stored() throws Exception {
        login("senco");
        UI.getCurrent().navigate("pupils/import");
        PupilImportView view = _get(PupilImportView.class);
        assertThat(PupilImportView.MAX_BYTES).isEqualTo(64L * 1024 * 1024);
        assertThat(view.uploadHandler.getFileSizeMax()).isEqualTo(PupilImportView.MAX_BYTES);
        long pupilsBefore = jdbc.sql("SELECT COUNT(*) FROM pupil").query(Long.class).single();
        long previewsBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'senco'"
                + " AND action = 'IMPORT_PREVIEW'").query(Long.class).single();
        // a valid CTF opening, then padding: a file that would preview if it were read
        byte[] head = (CtfFiles.header("", reference("Larkfield Primary School"), today()) + "<!--")
                .getBytes(StandardCharsets.UTF_8);
        OverCap body = new OverCap(head, PupilImportView.MAX_BYTES + 1);
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), "whole-authority.xml", -1, "application/xml",
                _get(Upload.class, spec -> spec.withId("import-upload")).getElement(), body.part());

        view.uploadHandler.handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.served).isEqualTo(PupilImportView.MAX_BYTES + 1); // reading stopped at the first byte over
        assertThat(OpenNotices.errors()).contains("whole-authority.xml is larger than 64 MB and was not read.");
        assertThat(view.result.isVisible()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil").query(Long.class).single()).isEqualTo(pupilsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'senco' AND action = 'IMPORT_PREVIEW'")
                .query(Long.class).single()).isEqualTo(previewsBefore);
    }

    /** A body of {@code size} bytes (the head, then spaces) made as it is read, counting what was taken. */
    private static final class OverCap extends InputStream {
        final byte[] head;
        final long size;
        long served;

        OverCap(byte[] head, long size) {
            this.head = head;
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            int b = served < head.length ? head[(int) served] : ' ';
            served++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = served + i < head.length ? head[(int) (served + i)] : (byte) ' ';
            }
            served += n;
            return n;
        }

        Part part() {
            OverCap in = this;
            return new Part() {
                @Override public InputStream getInputStream() { return in; }
                @Override public String getContentType() { return "application/xml"; }
                @Override public String getName() { return "file"; }
                @Override public String getSubmittedFileName() { return "whole-authority.xml"; }
                @Override public long getSize() { return -1; }
                @Override public void write(String fileName) { throw new UnsupportedOperationException(); }
                @Override public void delete() { }
                @Override public String getHeader(String name) { return null; }
                @Override public Collection<String> getHeaders(String name) { return List.of(); }
                @Override public Collection<String> getHeaderNames() { return List.of(); }
            };
        }
    }

    @Test
    void roles_that_do_not_import_get_no_link_and_are_refused_the_page() {
        login("head");
        UI.getCurrent().navigate(PupilListView.class);
        assertThat(_find(Anchor.class, spec -> spec.withId("import-pupils"))).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate("pupils/import")).isInstanceOf(MockAccessDeniedException.class);
    }
}
