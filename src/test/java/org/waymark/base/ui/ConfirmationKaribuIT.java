package org.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.notifications.service.Told;
import org.waymark.security.domain.Role;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one confirmation helper: who is told in plain words, in both languages; Cancel runs nothing. */
class ConfirmationKaribuIT extends KaribuTest {

    @Test
    void who_is_told_reads_as_names_with_roles_and_large_groups_are_counted() {
        assertThat(Confirmation.toldText(List.of())).isEqualTo("No one else will be sent a notice.");
        assertThat(Confirmation.toldText(List.of(new Told("Ann Smith", Role.FAMILY_SENCO))))
                .isEqualTo("Ann Smith (Family SENCO) will be told.");
        assertThat(Confirmation.toldText(List.of(new Told("Ann Smith", Role.SCHOOL_SENCO),
                new Told("Bob Jones", Role.SCHOOL_SENCO), new Told("Jo Bloggs", Role.PARENT))))
                .isEqualTo("Ann Smith (school SENCO), Bob Jones (school SENCO) and Jo Bloggs (parent) will be told.");
        List<Told> caseworkers = IntStream.range(0, 12).mapToObj(i -> new Told("Worker " + i, Role.CASEWORKER))
                .toList();
        assertThat(Confirmation.toldText(caseworkers)).isEqualTo("12 caseworkers will be told.");

        UI.getCurrent().setLocale(Translations.WELSH);
        assertThat(Confirmation.toldText(List.of(new Told("Ann Smith", Role.FAMILY_SENCO),
                new Told("Jo Bloggs", Role.PARENT)))).isEqualTo("Bydd Ann Smith (SENCO y Teulu) a Jo Bloggs (rhiant) yn cael gwybod.");
        assertThat(Confirmation.toldText(List.of())).isEqualTo("Ni fydd neb arall yn cael hysbysiad.");
    }

    @Test
    void cancel_runs_nothing_and_confirm_runs_the_step_once() {
        int[] ran = {0};
        ConfirmDialog dialog = Confirmation.of("confirm-test", "Close the meeting?").says("What happens.")
                .tells(List.of(new Told("Ann Smith", Role.PARENT))).confirm("Close the meeting", () -> ran[0]++)
                .danger().open();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(Confirming.says("confirm-test")).isEqualTo("What happens.");
        assertThat(Confirming.told("confirm-test")).isEqualTo("Ann Smith (parent) will be told.");
        assertThat(Confirming.button("confirm-test")).isEqualTo("Close the meeting");
        Confirming.cancel("confirm-test");
        assertThat(ran[0]).isZero();
        assertThat(Confirming.open("confirm-test")).isFalse();

        Confirmation.of("confirm-test", "Close the meeting?").confirm("Close the meeting", () -> ran[0]++).open();
        Confirming.confirm("confirm-test");
        assertThat(ran[0]).isEqualTo(1);
        assertThat(Confirming.open("confirm-test")).isFalse();
    }
}
