package org.waymark.moderation.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.moderation.domain.BudgetFigures;
import org.waymark.moderation.service.FamilyBudgetService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.ui.Feedback;

/** Each family's AFN and FNF budgets and contingency for a financial year, set by the authority's administrators. */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("budgets")
@Menu(order = 6, icon = "vaadin:piggy-bank-coin", title = "nav.budgets")
@RolesAllowed(Roles.LA_ADMIN)
public class FamilyBudgetsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = Dates.DAY_MONTH_YEAR_TIME;

    private final FamilyBudgetService budgets;
    final Select<Integer> year = new Select<>();
    private final Div lines = new Div();
    /** The editors by family id: AFN, FNF, contingency. */
    final Map<Long, BigDecimalField[]> fields = new LinkedHashMap<>();

    public FamilyBudgetsView(FamilyBudgetService budgets, Clock clock) {
        this.budgets = budgets;
        int thisYear = Dates.financialYearOf(LocalDate.now(clock));
        year.setLabel(getTranslation("budget.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 1).boxed().toList());
        year.setItemLabelGenerator(y -> y == null ? "" : Dates.financialYearLabel(y));
        year.setValue(thisYear);
        year.setId("budget-year");
        year.addValueChangeListener(e -> show());
        add(new H2(getTranslation("nav.budgets")), new Paragraph(getTranslation("budget.help")), year, lines);
        show();
    }

    private void show() {
        lines.removeAll();
        fields.clear();
        int fy = Objects.requireNonNull(year.getValue());
        for (FamilyBudgetService.FamilyBudgetLine line : budgets.lines(fy)) {
            long familyId = Objects.requireNonNull(line.family().id());
            BudgetFigures figures = line.budget() == null ? null : line.budget().figures();
            BigDecimalField afn = money("budget.afn", figures == null ? null : figures.afn(), familyId, "afn");
            BigDecimalField fnf = money("budget.fnf", figures == null ? null : figures.fnf(), familyId, "fnf");
            BigDecimalField contingency = money("budget.contingency", figures == null ? null : figures.contingency(),
                    familyId, "contingency");
            fields.put(familyId, new BigDecimalField[]{afn, fnf, contingency});
            Integer version = line.budget() == null ? null : line.budget().getVersion();
            Button save = new Button(getTranslation("budget.save", line.family().name()),
                    e -> save(familyId, fy, version, afn, fnf, contingency));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-budget-" + familyId);
            FlexLayout row = new FlexLayout(afn, fnf, contingency, save);
            row.addClassName("wm-filters");
            row.setAlignItems(Alignment.BASELINE);
            Span updated = new Span(line.budget() == null ? getTranslation("budget.notSet")
                    : getTranslation("budget.updated", line.budget().getUpdatedBy(),
                    WHEN.format(line.budget().getUpdatedAt())));
            updated.addClassName("wm-muted");
            Div block = new Div(new H3(line.family().name()), row, updated);
            block.addClassName("wm-section");
            lines.add(block);
        }
    }

    private BigDecimalField money(String key, @Nullable BigDecimal value, long familyId, String name) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setPrefixComponent(new Span("£"));
        field.setValue(value);
        field.setId("budget-" + name + "-" + familyId);
        return field;
    }

    private void save(long familyId, int fy, @Nullable Integer version, BigDecimalField afn, BigDecimalField fnf,
                      BigDecimalField contingency) {
        Feedback feedback = new Feedback().field("afn", afn).field("fnf", fnf).field("contingency", contingency)
                .onConflict("budget.conflict", this::show);
        if (feedback.run(() -> budgets.set(familyId, fy, version,
                new BudgetFigures(orMinus(afn), orMinus(fnf), orMinus(contingency))), "budget.saved")) {
            show();
        }
    }

    /** An empty field is not zero: it is refused with the amount message. */
    private static BigDecimal orMinus(BigDecimalField field) {
        return field.getValue() == null ? BigDecimal.ONE.negate() : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.budgets");
    }
}
