package org.waymark.asn.ui;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.asn.domain.HoursEligibility;
import org.waymark.base.ui.ViolationNotice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

/** How ASN hours read on screen: hours a week as plain numbers, the eligibility check's findings as sentences. */
final class AsnLabels {

    private AsnLabels() {
    }

    /** "12.5", "25": hours without trailing zeros; empty for none. */
    static String hours(@Nullable BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }

    /** One finding: its weight in words, then its sentence in the reader's language. */
    static Paragraph finding(HoursEligibility.Finding f) {
        Span weight = new Span(I18NProvider.translate("asn.finding." + f.severity().name()));
        weight.addClassName("wm-finding-weight");
        Paragraph p = new Paragraph(weight, new Span(" " + ViolationNotice.message(f.message())));
        p.addClassNames("wm-finding", "wm-finding-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
        p.getElement().setAttribute("data-rule", f.rule().name());
        return p;
    }

    /** Findings as a list of sentences (empty when there are none). */
    static Div findings(List<HoursEligibility.Finding> findings) {
        Div box = new Div();
        box.addClassName("wm-findings");
        findings.forEach(f -> box.add(finding(f)));
        return box;
    }
}
