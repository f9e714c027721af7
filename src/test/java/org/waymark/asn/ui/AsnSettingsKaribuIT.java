package org.waymark.asn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.AsnScenarios;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.asn.domain.AsnSettings;
import org.waymark.asn.service.AsnSettingsService;
import org.waymark.home.ui.HomeView;

import com.vaadin.flow.component.UI;

/**
 * The council's settings for assistant hours on its administrator's home page: the demo's
 * figures, bad input beside its field with nothing stored, a change kept and used by the rules
 * (the school week a request is checked against); nobody else sees the form or may change it, an
 * English administrator included (refused and audited).
 */
class AsnSettingsKaribuIT extends KaribuTest {

    @Autowired AsnSettingsService settings;
    @Autowired org.waymark.asn.service.HoursRequestService requests;
    @Autowired AsnScenarios asn;
    @Autowired JdbcClient jdbc;

    private int version() {
        return jdbc.sql("SELECT s.version FROM asn_settings s JOIN local_authority a ON a.id = s.local_authority_id"
                + " WHERE a.code = 'ARD'").query(Integer.class).single();
    }

    @Test
    void the_administrator_keeps_the_settings_with_messages_beside_the_fields() {
        login("admin.sc");
        UI.getCurrent().navigate(HomeView.class);
        AsnSettingsForm form = _get(AsnSettingsForm.class);
        assertThat(form.rate.getValue()).isEqualByComparingTo("15.40");
        assertThat(form.ratio.getValue()).isEqualByComparingTo("6");
        assertThat(form.weekPrimary.getValue()).isEqualByComparingTo("25");
        assertThat(form.weekSecondary.getValue()).isEqualByComparingTo("27.5");
        assertThat(form.earlyYearsOfficer.getValue()).isEqualTo("eso.ey.sc");
        assertThat(form.earlyYearsOfficer.getItemLabelGenerator().apply("eso.ey.sc")).isEqualTo("Kirsty Baird");
        int before = version();

        form.rate.setValue(new BigDecimal("-2"));
        form.weekPrimary.setValue(new BigDecimal("45"));
        click("asn-settings-save");
        assertThat(form.rate.isInvalid()).isTrue();
        assertThat(form.rate.getErrorMessage()).startsWith("Enter the hourly rate in pounds, above £0");
        assertThat(form.weekPrimary.isInvalid()).isTrue();
        assertThat(form.weekPrimary.getErrorMessage()).startsWith("Enter the hours of the school week");
        assertThat(form.ratio.isInvalid()).isFalse();
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(version()).isEqualTo(before);

        AsnSettings.Values demo = settings.form().values();
        try {
            form.rate.setValue(new BigDecimal("16.10"));
            form.weekPrimary.setValue(new BigDecimal("24"));
            click("asn-settings-save");
            assertThat(OpenNotices.successes()).containsExactly("The settings for assistant hours are saved.");
            assertThat(form.rate.isInvalid()).isFalse();
            assertThat(version()).isGreaterThan(before);
            assertThat(settings.form().values().hourlyRate()).isEqualByComparingTo("16.10");

            // the rules read the council's week: a primary pupil's request is checked against 24 hours
            long pupilId = asn.pupilWithPlan();
            BigDecimal week = asn.as("senco.sc", () -> requests.open(requests.start(pupilId)).context().weekHours());
            assertThat(week).isEqualByComparingTo("24");
        } finally {
            asn.as("admin.sc", () -> settings.change(settings.form().version(), demo));
        }
    }

    @Test
    void only_the_administrator_of_a_council_running_asn_hours_sees_or_changes_the_settings() {
        login("eso.sc");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(AsnSettingsForm.class)).isEmpty();
        assertThat(settings.mayChange()).isFalse();

        // an English administrator: no form, and the service refuses (audited)
        login("admin");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(AsnSettingsForm.class)).isEmpty();
        long denials = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'CHANGE_ASN_SETTINGS'"
                + " AND outcome = 'DENIED'").query(Long.class).single();
        assertThatThrownBy(() -> settings.change(null, new AsnSettings.Values(BigDecimal.TEN, null,
                BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'CHANGE_ASN_SETTINGS'"
                + " AND outcome = 'DENIED'").query(Long.class).single()).isEqualTo(denials + 1);
    }
}
