package org.waymark.bids.ui;

import org.waymark.base.ui.TextLimit;
import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.waymark.base.ui.RowList;
import org.waymark.bids.domain.FundedProvision;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

/** One piece of support the school already funds from its notional budget, with its yearly cost. */
final class FundedRow extends FormLayout implements RowList.Row<FundedProvision> {

    final TextField description = new TextField();
    final BigDecimalField cost = new BigDecimalField();

    FundedRow(@Nullable FundedProvision p, Runnable onCostChange) {
        description.setLabel(I18NProvider.translate("bid.wizard.fundedWhat"));
        TextLimit.apply(description, 500);
        cost.setLabel(I18NProvider.translate("bid.wizard.fundedCost"));
        cost.setPrefixComponent(new Span("£"));
        if (p != null) {
            description.setValue(p.description());
            cost.setValue(p.annualCost());
        } else {
            cost.setValue(BigDecimal.ZERO);
        }
        cost.addValueChangeListener(e -> onCostChange.run());
        add(description, cost);
        setColspan(description, 2);
    }

    @Override
    public FundedProvision value() {
        return new FundedProvision(description.getValue().strip(), cost.getValue() == null ? BigDecimal.ZERO
                : cost.getValue());
    }
}
