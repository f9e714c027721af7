package org.waymark.base.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * A link whose file is made when it is followed — in the download request, outside the UI
 * thread — with a progress bar while it is being prepared. The supplier calls the service, which
 * checks the reader's scope and audits the print.
 */
public final class DownloadLink {

    private DownloadLink() {
    }

    /** A file to hand to the browser. */
    public record File(String name, String mediaType, byte[] bytes) {
    }

    public static Div of(String label, String id, Supplier<File> file) {
        ProgressBar preparing = new ProgressBar();
        preparing.setIndeterminate(true);
        preparing.setVisible(false);
        preparing.getElement().setAttribute("aria-label", preparing.getTranslation("plan.pdf.preparing"));
        // a refused or missing file answers as not found, alike (Downloads)
        Anchor link = new Anchor(Downloads.file(file::get).whenStart(() -> preparing.setVisible(true)).whenComplete(ok -> preparing.setVisible(false)), label);
        link.setId(id);
        link.addClassName("wm-link-button");
        return new Div(link, preparing);
    }
}
