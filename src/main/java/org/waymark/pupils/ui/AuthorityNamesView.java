package org.waymark.pupils.ui;

import java.util.Locale;

import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.organisation.domain.UkAuthorities;
import org.waymark.organisation.domain.UkAuthority;
import org.waymark.pupils.domain.UnmatchedAuthorityName;
import org.waymark.pupils.service.AuthorityNamesService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Authority names to match (issue 20 point 6, DD013): the names typed on the authority's pupils'
 * records before the list of UK local authorities that matched none of it, with the pupil, the
 * school and the field; "Choose the authority" opens a picker from the list, and saving stores
 * the authority in place of the typed words (audited). Caseworkers and education support officers
 * of the authority. Ids for tests: {@code authority-names}, {@code authority-names-choose-<pupil>-<field>},
 * {@code authority-names-pick}, {@code authority-names-save}, {@code authority-names-cancel}.
 */
@Route("pupils/authority-names")
@Menu(order = 1.2, icon = "vaadin:map-marker", title = "authorityNames.title")
@RolesAllowed({Roles.CASEWORKER, Roles.EDUCATION_SUPPORT_OFFICER})
public class AuthorityNamesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UnmatchedAuthorityName> grid = new ListGrid<>();
    private final AuthorityNamesService names;

    public AuthorityNamesView(AuthorityNamesService names) {
        this.names = names;
        setSizeFull();
        grid.setId("authority-names");
        grid.setAriaLabel(getTranslation("authorityNames.title"));
        grid.addColumn(UnmatchedAuthorityName::pupilName).setHeader(getTranslation("authorityNames.pupil"))
                .setFlexGrow(2);
        grid.addColumn(UnmatchedAuthorityName::schoolName).setHeader(getTranslation("authorityNames.school"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("authorityNames.field." + r.field().name()))
                .setHeader(getTranslation("authorityNames.field"));
        grid.addColumn(UnmatchedAuthorityName::typed).setHeader(getTranslation("authorityNames.typed")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Button choose = new Button(getTranslation("authorityNames.choose"), e -> choose(r));
            choose.setId("authority-names-choose-" + r.pupilId() + "-" + r.field().name());
            choose.getElement().setAttribute("aria-label",
                    getTranslation("authorityNames.chooseFor", r.typed(), r.pupilName()));
            return choose;
        }).setHeader(getTranslation("authorityNames.action")).setKey("choose");
        grid.setEmptyStateText(getTranslation("authorityNames.none"));
        add(new H2(getTranslation("authorityNames.title")), new Paragraph(getTranslation("authorityNames.help")), grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(names.unmatched());
    }

    /** The picker: the UK authorities in the reader's language, searched in either language or by code. */
    private void choose(UnmatchedAuthorityName row) {
        Dialog dialog = new Dialog();
        dialog.setId("authority-names-dialog");
        dialog.setHeaderTitle(getTranslation("authorityNames.dialog", row.pupilName()));
        ComboBox<UkAuthority> pick = new ComboBox<>(getTranslation("authorityNames.pick"));
        pick.setId("authority-names-pick");
        pick.setHelperText(getTranslation("authorityNames.typedHelp", row.typed()));
        String language = getLocale() == null ? "en" : getLocale().getLanguage();
        pick.setItemLabelGenerator(a -> a.displayName(language));
        pick.setItems((a, text) -> {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            return wanted.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || (a.nameCy() != null && a.nameCy().toLowerCase(Locale.ROOT).contains(wanted))
                    || a.code().toLowerCase(Locale.ROOT).startsWith(wanted);
        }, UkAuthorities.list().all());
        pick.setRequiredIndicatorVisible(true);
        pick.setWidthFull();
        Feedback feedback = new Feedback().field("authority", pick).onConflict("authorityNames.conflict", () -> {
            dialog.close();
            refresh();
        });
        Button save = new Button(getTranslation("authorityNames.save"), e -> feedback.call(() -> {
            UkAuthority picked = pick.getValue();
            names.resolve(row.pupilId(), row.pupilVersion(), row.field(), picked == null ? null : picked.code());
            return picked == null ? "" : picked.displayName(language);
        }, chosen -> {
            dialog.close();
            refresh();
            return getTranslation("authorityNames.resolved", row.pupilName(), chosen);
        }));
        save.setId("authority-names-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        cancel.setId("authority-names-cancel");
        com.vaadin.flow.component.orderedlayout.FlexLayout buttons =
                new com.vaadin.flow.component.orderedlayout.FlexLayout(cancel, save);
        buttons.addClassName("wm-filters");
        dialog.add(pick, buttons);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authorityNames.title");
    }
}
