package org.waymark.api.ui;

import java.time.ZoneId;
import java.util.Objects;

import org.waymark.api.domain.ApiClient;
import org.waymark.api.service.ApiClientService;
import org.waymark.api.service.ApiClientService.ClientRow;
import org.waymark.api.service.ApiClientService.IssuedKey;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.organisation.domain.School;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's API clients for its administrators (issue 22 point 4, DD018): registering a
 * client for the whole authority or one school with its calls a minute, turning it on or off, and
 * giving it a new key. A key is shown once, in a dialog, when it is made. Each step but
 * registering (which leaves the client off) is confirmed first; all are audited by the service.
 */
@Route("api-clients")
@Menu(order = 14.5, icon = "vaadin:connect", title = "api.nav")
@RolesAllowed(Roles.LA_ADMIN)
public class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

    static final String AUTHORITY = "AUTHORITY";
    static final String SCHOOL = "SCHOOL";

    private final ApiClientService clients;
    final Grid<ClientRow> grid = new ListGrid<>();
    final TextField name = new TextField();
    final RadioButtonGroup<String> scope = new RadioButtonGroup<>();
    final ComboBox<School> school = new ComboBox<>();
    final IntegerField rate = new IntegerField();
    private final Feedback feedback = new Feedback();

    public ApiClientsView(ApiClientService clients) {
        this.clients = clients;
        add(new Paragraph(getTranslation("api.clients.intro")));
        add(new H2(getTranslation("api.clients.new")), form());
        add(new H2(getTranslation("api.clients.list")), grid());
        refresh();
    }

    private FormLayout form() {
        name.setId("api-client-name");
        name.setLabel(getTranslation("api.clients.name"));
        name.setHelperText(getTranslation("api.clients.name.help"));
        name.setRequiredIndicatorVisible(true);
        scope.setId("api-client-scope");
        scope.setLabel(getTranslation("api.clients.scope"));
        scope.setItems(AUTHORITY, SCHOOL);
        scope.setItemLabelGenerator(s -> getTranslation(AUTHORITY.equals(s) ? "api.clients.scope.authority"
                : "api.clients.scope.school"));
        scope.setValue(AUTHORITY);
        school.setId("api-client-school");
        school.setLabel(getTranslation("api.clients.school"));
        school.setItems(clients.schools());
        school.setItemLabelGenerator(School::name);
        school.setEnabled(false);
        scope.addValueChangeListener(e -> {
            school.setEnabled(SCHOOL.equals(e.getValue()));
            if (!SCHOOL.equals(e.getValue())) {
                school.clear();
            }
        });
        rate.setId("api-client-rate");
        rate.setLabel(getTranslation("api.clients.rate"));
        rate.setHelperText(getTranslation("api.clients.rate.help", ApiClient.MIN_RATE, ApiClient.MAX_RATE));
        rate.setMin(ApiClient.MIN_RATE);
        rate.setMax(ApiClient.MAX_RATE);
        rate.setStepButtonsVisible(true);
        rate.setValue(ApiClient.DEFAULT_RATE);
        feedback.field("name", name).field("school", school).field("rate", rate);
        Button register = new Button(getTranslation("api.clients.register"), e -> register());
        register.setId("api-client-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, scope, school, rate, register);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private void register() {
        if (SCHOOL.equals(scope.getValue()) && school.getValue() == null) {
            feedback.refused(java.util.List.of(org.waymark.base.domain.Violation.of("school",
                    "api.clients.school.required")));
            return;
        }
        Long schoolId = SCHOOL.equals(scope.getValue()) ? Objects.requireNonNull(school.getValue()).id() : null;
        int perMinute = rate.getValue() == null ? 0 : rate.getValue();
        String clientName = name.getValue();
        feedback.call(() -> clients.register(clientName, schoolId, perMinute),
                issued -> getTranslation("api.clients.register.done", clientName.strip())).ifPresent(issued -> {
                    name.clear();
                    refresh();
                    showKey(clientName.strip(), issued);
                });
    }

    private Grid<ClientRow> grid() {
        grid.setId("api-clients-grid");
        grid.addColumn(ClientRow::name).setHeader(getTranslation("api.clients.name")).setAutoWidth(true);
        grid.addColumn(c -> c.schoolName() == null ? getTranslation("api.clients.scope.authority") : c.schoolName())
                .setHeader(getTranslation("api.clients.scope"));
        grid.addColumn(c -> getTranslation(c.enabled() ? "api.clients.on" : "api.clients.off"))
                .setHeader(getTranslation("api.clients.state"));
        grid.addColumn(ClientRow::requestsPerMinute).setHeader(getTranslation("api.clients.rate"));
        grid.addColumn(c -> getTranslation("api.clients.key.value", c.keyPrefix(),
                        Dates.DAY_MONTH_YEAR_TIME.format(c.keyIssuedAt().atZone(ZoneId.systemDefault()))))
                .setHeader(getTranslation("api.clients.key"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("api.clients.actions"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout actions(ClientRow client) {
        String toggleKey = client.enabled() ? "api.clients.disable" : "api.clients.enable";
        Button toggle = action(toggleKey, client, client.enabled() ? "disable" : "enable", () -> {
            clients.setEnabled(client.id(), !client.enabled());
            Feedback.success(getTranslation(toggleKey + ".done", client.name()));
        });
        Button rotate = action("api.clients.rotate", client, "rotate", () ->
                showKey(client.name(), clients.rotateKey(client.id())));
        HorizontalLayout row = new HorizontalLayout(toggle, rotate);
        row.setWrap(true);
        return row;
    }

    private Button action(String key, ClientRow client, String id, Runnable step) {
        Button button = new Button(getTranslation(key), e -> {
            Confirmation confirmation = Confirmation.of("api-client-" + id + "-confirm",
                            getTranslation(key + ".question", client.name()))
                    .says(getTranslation(key + ".says"))
                    .confirm(getTranslation(key), () -> {
                        step.run();
                        refresh();
                    });
            if (!"enable".equals(id)) {
                confirmation.danger();
            }
            confirmation.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("api-client-" + id + "-" + client.id());
        button.getElement().setAttribute("aria-label", getTranslation(key) + ": " + client.name());
        return button;
    }

    /** The key, once: the administrator copies it to the other system now. */
    private void showKey(String clientName, IssuedKey issued) {
        Span key = new Span(issued.key());
        key.setId("api-client-key");
        key.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        Confirmation.of("api-client-key-issued", getTranslation("api.clients.key.issued", clientName))
                .says(getTranslation("api.clients.key.once"))
                .with(key).confirm(getTranslation("api.clients.close"), () -> { }).open();
    }

    private void refresh() {
        grid.setItems(clients.clients());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.clients.pageTitle");
    }
}
