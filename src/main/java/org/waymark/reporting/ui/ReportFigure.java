package org.waymark.reporting.ui;

import java.util.function.Supplier;

import org.waymark.base.ui.DownloadLink;
import org.waymark.reporting.domain.ReportTable;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * One figure: its heading, the SVG chart and, beside it, the data table (a real HTML table
 * with a caption and header cells, for screen readers), then the link to its CSV.
 */
class ReportFigure extends Div {

    ReportFigure(ReportTable table, Supplier<byte[]> csv) {
        addClassName("wm-report-figure");
        setId("figure-" + table.id());
        String title = getTranslation(table.titleKey());
        add(new H3(title));
        if (table.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("report.none"));
            none.setId("figure-" + table.id() + "-none");
            add(none);
            return;
        }
        Div body = new Div();
        body.addClassName("wm-report-body");
        body.add(new Html(SvgBars.render("chart-" + table.id(), title, table.rows())));
        body.add(new Div(tableOf(table, title)));
        add(body);
        add(DownloadLink.of(getTranslation("report.csv", title), "csv-" + table.id(),
                () -> new DownloadLink.File(table.id() + ".csv", "text/csv", csv.get())));
    }

    private com.vaadin.flow.component.Component tableOf(ReportTable table, String title) {
        Element element = new Element("table");
        element.setAttribute("id", "table-" + table.id());
        element.getClassList().add("wm-report-table");
        element.appendChild(new Element("caption").setText(title));
        Element head = new Element("tr");
        for (String column : table.columnKeys()) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(column)));
        }
        element.appendChild(new Element("thead").appendChild(head));
        Element rows = new Element("tbody");
        for (ReportTable.Row row : table.rows()) {
            Element tr = new Element("tr");
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(row.label()));
            row.values().forEach(v -> tr.appendChild(new Element("td").setText(v.stripTrailingZeros().toPlainString())));
            rows.appendChild(tr);
        }
        element.appendChild(rows);
        Div wrapper = new Div();
        wrapper.addClassName("wm-report-table-wrap");
        wrapper.getElement().appendChild(element);
        return wrapper;
    }
}
