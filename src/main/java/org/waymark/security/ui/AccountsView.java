package org.waymark.security.ui;

import java.util.stream.Collectors;

import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Translations;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.AccountAdministration;
import org.waymark.security.service.AccountAdministration.Account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's accounts for its administrators (DD012): each account's roles, whether it is on
 * and has two-step sign-in; turning it off or on, ending its sessions, resetting its two-step
 * sign-in and issuing a one-time password reset code. Each step confirmed first and audited.
 */
@Route("accounts")
@Menu(order = 14, icon = "vaadin:users", title = "nav.accounts")
@RolesAllowed(Roles.LA_ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration administration;
    final Grid<Account> grid = new ListGrid<>();

    public AccountsView(AccountAdministration administration) {
        this.administration = administration;
        grid.setId("accounts-grid");
        grid.addColumn(Account::displayName).setHeader(getTranslation("accounts.name")).setAutoWidth(true);
        grid.addColumn(Account::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(Translations::label).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("accounts.roles"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.on" : "accounts.off"))
                .setHeader(getTranslation("accounts.state"));
        grid.addColumn(a -> getTranslation(a.twoStepEnrolled() ? "accounts.twoStep.on"
                : a.twoStepRequired() ? "accounts.twoStep.due" : "accounts.twoStep.none"))
                .setHeader(getTranslation("accounts.twoStep"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("accounts.intro")), grid);
        refresh();
    }

    private HorizontalLayout actions(Account account) {
        Button endSessions = action("accounts.endSessions", account, "end-sessions", () -> {
            administration.endSessions(account.id());
            Feedback.success(getTranslation("accounts.endSessions.done", account.displayName()));
        });
        Button resetTwoStep = action("accounts.resetTwoStep", account, "reset-two-step", () -> {
            administration.resetTwoStep(account.id());
            Feedback.success(getTranslation("accounts.resetTwoStep.done", account.displayName()));
        });
        resetTwoStep.setEnabled(account.twoStepEnrolled());
        Button reset = action("accounts.passwordReset", account, "password-reset", () -> {
            var issued = administration.issuePasswordReset(account.id());
            Span code = new Span(issued.code());
            code.setId("accounts-reset-code");
            code.addClassName("wm-two-step-secret");
            Confirmation.of("accounts-reset-issued", getTranslation("accounts.passwordReset.issued"))
                    .says(getTranslation("accounts.passwordReset.pass", account.displayName(), account.username(),
                            org.waymark.base.domain.Dates.DAY_MONTH_YEAR_TIME.format(issued.expiresAt()
                                    .atZone(java.time.ZoneId.systemDefault()))))
                    .with(code).confirm(getTranslation("accounts.close"), () -> { }).open();
        });
        String toggleKey = account.enabled() ? "accounts.disable" : "accounts.enable";
        Button toggle = action(toggleKey, account, account.enabled() ? "disable" : "enable", () -> {
            administration.setEnabled(account.id(), !account.enabled());
            Feedback.success(getTranslation(toggleKey + ".done", account.displayName()));
        });
        HorizontalLayout row = new HorizontalLayout(endSessions, resetTwoStep, reset, toggle);
        row.setWrap(true);
        return row;
    }

    private Button action(String key, Account account, String id, Runnable step) {
        Button button = new Button(getTranslation(key), e -> Confirmation
                .of("accounts-" + id + "-confirm", getTranslation(key + ".question", account.displayName()))
                .says(getTranslation(key + ".says"))
                .confirm(getTranslation(key), () -> {
                    step.run();
                    refresh();
                }).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("accounts-" + id + "-" + account.id());
        button.getElement().setAttribute("aria-label", getTranslation(key) + ": " + account.displayName());
        return button;
    }

    private void refresh() {
        grid.setItems(administration.accounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.pageTitle");
    }
}
