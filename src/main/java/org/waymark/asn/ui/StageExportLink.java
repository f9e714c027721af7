package org.waymark.asn.ui;

import org.waymark.asn.service.StageExportService;
import org.waymark.base.ui.DownloadLink;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

/** The download of the council's stages and levels of intervention for the national pupil records system. */
final class StageExportLink {

    private StageExportLink() {
    }

    static Div of(StageExportService export) {
        Paragraph help = new Paragraph(I18NProvider.translate("asn.export.help"));
        help.addClassName("wm-muted");
        Div box = new Div(DownloadLink.of(I18NProvider.translate("asn.export.link"), "asn-stage-export",
                () -> new DownloadLink.File("asn-stages.csv", "text/csv", export.stagesCsv())), help);
        box.setId("asn-export");
        return box;
    }
}
