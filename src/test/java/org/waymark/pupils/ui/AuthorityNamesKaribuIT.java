package org.waymark.pupils.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.organisation.domain.UkAuthorities;
import org.waymark.organisation.domain.UkAuthority;
import org.waymark.pupils.domain.UnmatchedAuthorityName;
import org.waymark.pupils.service.AuthorityNamesService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;

/**
 * Authority names typed before the list of UK authorities that matched nothing (issue 20 point 6,
 * DD013): the authority's caseworkers and education support officers list them and choose the
 * authority each means from the list (stored as the code, audited); another authority's names are
 * not listed and its pupils cannot be changed (refused, audited); school staff, administrators,
 * finance and parents do not reach the page or the service. The demo holds typed names in
 * Wealdshire and in Glanmor (DemoAuthorityNames).
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class AuthorityNamesKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;
    @Autowired AuthorityNamesService names;

    private List<UnmatchedAuthorityName> rows() {
        Grid<UnmatchedAuthorityName> grid = _get(Grid.class, spec -> spec.withId("authority-names"));
        return GridKt._findAll(grid);
    }

    private long typedPupil(String home, String lookedAfterBy) {
        long id = demo.enrolAt("Larkfield Primary School");
        jdbc.sql("UPDATE pupil SET home_authority = NULL, home_authority_unmatched = :home, looked_after = :la,"
                        + " looked_after_by = NULL, looked_after_by_unmatched = :by WHERE id = :id")
                .param("home", home).param("la", lookedAfterBy != null).param("by", lookedAfterBy).param("id", id)
                .update();
        return id;
    }

    private Map<String, Object> authorityColumns(long pupilId) {
        Map<String, Object> row = new java.util.HashMap<>();
        jdbc.sql("SELECT home_authority, looked_after_by, home_authority_unmatched, looked_after_by_unmatched"
                        + " FROM pupil WHERE id = :id").param("id", pupilId).query().singleRow()
                .forEach((k, v) -> row.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return row;
    }

    /** Clicks the row's "Choose the authority" (a component in the grid's cell). */
    private void click(UnmatchedAuthorityName.Field field, long pupilId) {
        Grid<UnmatchedAuthorityName> grid = _get(Grid.class, spec -> spec.withId("authority-names"));
        List<UnmatchedAuthorityName> all = GridKt._findAll(grid);
        int row = java.util.stream.IntStream.range(0, all.size())
                .filter(i -> all.get(i).pupilId() == pupilId && all.get(i).field() == field).findFirst().orElseThrow();
        Button choose = (Button) GridKt._getCellComponent(grid, row, "choose");
        assertThat(choose.getId()).hasValue("authority-names-choose-" + pupilId + "-" + field.name());
        com.github.mvysny.kaributesting.v10.LocatorJ._click(choose);
    }

    @Test
    void a_caseworker_lists_the_authoritys_unmatched_names_and_picks_the_authority_each_means() {
        long pupil = typedPupil("Barchester Council", "Borchester City");
        try {
            login("caseworker");
            UI.getCurrent().navigate(AuthorityNamesView.class);
            // the demo's typed names of this authority, and the test's; none of Glanmor's
            assertThat(rows()).extracting(UnmatchedAuthorityName::typed)
                    .contains("Borsetshire County Council", "Ambridge Borough", "Barchester Council", "Borchester City")
                    .doesNotContain("Cyngor Sir Llanddewi Fach");
            assertThat(rows()).filteredOn(r -> r.pupilId() == pupil).extracting(UnmatchedAuthorityName::field)
                    .containsExactlyInAnyOrder(UnmatchedAuthorityName.Field.HOME_AUTHORITY,
                            UnmatchedAuthorityName.Field.LOOKED_AFTER_BY);

            // nothing chosen: said beside the picker, nothing changed
            click(UnmatchedAuthorityName.Field.HOME_AUTHORITY, pupil);
            ComboBox<UkAuthority> pick = _get(ComboBox.class, spec -> spec.withId("authority-names-pick"));
            KaribuTest.click("authority-names-save");
            assertThat(pick.isInvalid()).isTrue();
            assertThat(pick.getErrorMessage()).isEqualTo("Choose an authority from the list");
            assertThat(authorityColumns(pupil)).containsEntry("home_authority", null)
                    .containsEntry("home_authority_unmatched", "Barchester Council");

            // Birmingham (DfE 330) chosen: stored as the code, the typed words gone from the record
            pick.setValue(UkAuthorities.list().byCode("330").orElseThrow());
            long allowedBefore = demo.auditCount("caseworker", "RESOLVE_AUTHORITY_NAME", pupil, "ALLOWED");
            KaribuTest.click("authority-names-save");
            assertThat(_find(Dialog.class, spec -> spec.withId("authority-names-dialog"))).isEmpty();
            assertThat(authorityColumns(pupil)).containsEntry("home_authority", "330")
                    .containsEntry("home_authority_unmatched", null)
                    .containsEntry("looked_after_by_unmatched", "Borchester City");
            assertThat(demo.auditCount("caseworker", "RESOLVE_AUTHORITY_NAME", pupil, "ALLOWED"))
                    .isEqualTo(allowedBefore + 1);
            assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE actor = 'caseworker'"
                            + " AND action = 'RESOLVE_AUTHORITY_NAME' AND subject_id = :id ORDER BY id DESC LIMIT 1")
                    .param("id", String.valueOf(pupil)).query(String.class).single())
                    .contains("Barchester Council").contains("330");
            // the list is drawn again: only the other field of that pupil is left
            assertThat(rows()).filteredOn(r -> r.pupilId() == pupil).extracting(UnmatchedAuthorityName::field)
                    .containsExactly(UnmatchedAuthorityName.Field.LOOKED_AFTER_BY);

            // the authority looking after the child: Cardiff (Welsh list, 681)
            click(UnmatchedAuthorityName.Field.LOOKED_AFTER_BY, pupil);
            ComboBox<UkAuthority> second = _get(ComboBox.class, spec -> spec.withId("authority-names-pick"));
            second.setValue(UkAuthorities.list().byCode("681").orElseThrow());
            KaribuTest.click("authority-names-save");
            assertThat(authorityColumns(pupil)).containsEntry("looked_after_by", "681")
                    .containsEntry("looked_after_by_unmatched", null);
            assertThat(rows()).noneMatch(r -> r.pupilId() == pupil);
        } finally {
            clear(pupil);
        }
    }

    @Test
    void an_education_support_officer_sees_the_list_and_another_authority_sees_only_its_own() {
        long pupil = typedPupil("Barchester Council", null);
        try {
            login("eso");
            UI.getCurrent().navigate(AuthorityNamesView.class);
            assertThat(rows()).filteredOn(r -> r.pupilId() == pupil).extracting(UnmatchedAuthorityName::typed)
                    .containsExactly("Barchester Council");

            login("caseworker.cy");
            UI.getCurrent().navigate(AuthorityNamesView.class);
            assertThat(rows()).extracting(UnmatchedAuthorityName::typed).contains("Cyngor Sir Llanddewi Fach")
                    .doesNotContain("Borsetshire County Council", "Ambridge Borough", "Barchester Council");
            assertThat(rows()).noneMatch(r -> r.pupilId() == pupil);
            // another authority's pupil cannot be changed through the service either: refused, audited, unchanged
            int version = jdbc.sql("SELECT version FROM pupil WHERE id = :id").param("id", pupil)
                    .query(Integer.class).single();
            long deniedBefore = demo.auditCount("caseworker.cy", "RESOLVE_AUTHORITY_NAME", pupil, "DENIED");
            assertThatThrownBy(() -> names.resolve(pupil, version, UnmatchedAuthorityName.Field.HOME_AUTHORITY, "330"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(demo.auditCount("caseworker.cy", "RESOLVE_AUTHORITY_NAME", pupil, "DENIED"))
                    .isEqualTo(deniedBefore + 1);
            assertThat(authorityColumns(pupil)).containsEntry("home_authority", null)
                    .containsEntry("home_authority_unmatched", "Barchester Council");
        } finally {
            clear(pupil);
        }
    }

    @Test
    void school_staff_administrators_finance_and_parents_do_not_reach_the_list() {
        for (String user : List.of("senco", "head", "admin", "finance", "parent")) {
            login(user);
            assertThatThrownBy(() -> UI.getCurrent().navigate(AuthorityNamesView.class)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(names::unmatched).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void clear(long pupilId) {
        jdbc.sql("UPDATE pupil SET home_authority = NULL, looked_after = FALSE, looked_after_by = NULL,"
                + " home_authority_unmatched = NULL, looked_after_by_unmatched = NULL WHERE id = :id")
                .param("id", pupilId).update();
    }
}
