package org.waymark.base.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.waymark.notifications.service.Told;
import org.waymark.security.domain.Role;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Asks before a step that cannot be undone (submitting, deciding, closing, removing), saying what
 * will happen and who will be told, in plain words; the confirm button names the step, Cancel
 * changes nothing. Built on Vaadin's {@link ConfirmDialog} (a modal alert dialog, labelled by its
 * header, Escape cancels). Stable ids for tests: the dialog {@code id}, its text {@code id-what},
 * who is told {@code id-told}, the buttons {@code id-confirm} and {@code id-cancel}.
 * <pre>
 * Confirmation.of("submit-bid", header).says(text).tells(told).confirm(buttonText, this::submit).open();
 * </pre>
 */
public final class Confirmation {

    /** More people than this in one role are counted rather than named ("12 caseworkers"). */
    static final int NAMED_PER_ROLE = 4;

    private final ConfirmDialog dialog = new ConfirmDialog();
    private final Div body = new Div();
    private final Button confirm = new Button();
    private final Button cancel = new Button(I18NProvider.translate("common.cancel"));
    private final String id;
    private Runnable action = () -> { };

    private Confirmation(String id, String header) {
        this.id = id;
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.add(body);
        dialog.setCloseOnEsc(true);
        dialog.setCancelable(true);
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId(id + "-cancel");
        for (Button b : List.of(confirm, cancel)) {
            b.getStyle().set("min-height", "44px"); // a target a thumb can hit
        }
        // the buttons act on the server, so the step runs once whether the browser or a test clicks
        confirm.addClickListener(e -> {
            if (!TextLimit.overIn(body).isEmpty()) {
                return; // a field of the dialog is past its limit: marked there, the dialog stays with the text
            }
            close();
            action.run();
        });
        cancel.addClickListener(e -> close());
        dialog.setConfirmButton(confirm);
        dialog.setCancelButton(cancel);
    }

    /** A confirmation with its id (for tests) and its header (already translated), e.g. "Submit the bid?". */
    public static Confirmation of(String id, String header) {
        return new Confirmation(id, header);
    }

    /** What will happen (already translated); each call adds a paragraph. */
    public Confirmation says(String text) {
        Paragraph what = new Paragraph(text);
        if (body.getChildren().noneMatch(c -> c.getId().map((id + "-what")::equals).orElse(false))) {
            what.setId(id + "-what");
        }
        body.add(what);
        return this;
    }

    /** A field the step needs (e.g. the reason a plan ceases), shown below the text. */
    public Confirmation with(Component field) {
        body.add(field);
        return this;
    }

    /** Who will be told (names and roles from the sender's own lists), or that no one else is. */
    public Confirmation tells(List<Told> told) {
        Paragraph who = new Paragraph(toldText(told));
        who.setId(id + "-told");
        body.add(who);
        return this;
    }

    /** The confirm button's words (naming the step, already translated) and the step it runs. */
    public Confirmation confirm(String buttonText, Runnable step) {
        confirm.setText(buttonText);
        this.action = step;
        return this;
    }

    /** For a step that removes or ends something: the confirm button is shown as a warning. */
    public Confirmation danger() {
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return this;
    }

    /** Closed and gone: a step asked again gets a fresh confirmation, never a stale one. */
    private void close() {
        dialog.close();
        dialog.removeFromParent();
    }

    public ConfirmDialog open() {
        dialog.open();
        return dialog;
    }

    /**
     * "Ann Smith (Family SENCO) and Jo Bloggs (parent) will be told." — each person by name with
     * the role they are told in; more than {@value #NAMED_PER_ROLE} in one role are counted
     * ("12 caseworkers"); nobody: "No one else will be sent a notice."
     */
    public static String toldText(List<Told> told) {
        if (told.isEmpty()) {
            return I18NProvider.translate("confirm.toldNobody");
        }
        Map<Role, List<String>> byRole = new LinkedHashMap<>();
        told.forEach(t -> byRole.computeIfAbsent(t.role(), r -> new ArrayList<>()).add(t.name()));
        List<String> parts = new ArrayList<>();
        byRole.forEach((role, names) -> {
            if (names.size() > NAMED_PER_ROLE) {
                parts.add(I18NProvider.translate("confirm.told.count", names.size(), role(role, names.size())));
            } else {
                names.forEach(name -> parts.add(I18NProvider.translate("confirm.told.person", name, role(role, 1))));
            }
        });
        return I18NProvider.translate("confirm.told", and(parts));
    }

    private static String role(Role role, int count) {
        return I18NProvider.translate("confirm.role." + role.name(), count);
    }

    /** "A", "A and B", "A, B and C" in the reader's language. */
    static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " "
                + I18NProvider.translate("confirm.and") + " " + parts.getLast();
    }
}
