package org.waymark.pupils.ui;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.Downloads;
import org.waymark.pupils.domain.PupilTransferFiles;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The pupil's SEN information as a Common Transfer File for a school outside the authority
 * (issue 22 point 5), on the pupil's page and beside the move form when a pupil leaves: the
 * receiving school's LA and establishment numbers (optional: blank is "not known"), each checked
 * beside its field as it is typed, and a download made when the link is followed by the imports
 * feature's {@link PupilTransferFiles} (scope check, audit; a refused pupil is not found).
 */
class TransferFileSection extends Section {

    final TextField lea = new TextField();
    final TextField estab = new TextField();
    final Anchor download;
    private final PupilTransferFiles files;
    private final long pupilId;

    TransferFileSection(PupilTransferFiles files, long pupilId) {
        this.files = files;
        this.pupilId = pupilId;
        setId("pupil-transfer-file");
        addClassName("wm-section");
        lea.setId("transfer-dest-lea");
        lea.setLabel(getTranslation("imports.export.lea"));
        lea.setHelperText(getTranslation("imports.export.leaHelp"));
        estab.setId("transfer-dest-estab");
        estab.setLabel(getTranslation("imports.export.estab"));
        estab.setHelperText(getTranslation("imports.export.estabHelp"));
        for (TextField f : new TextField[] {lea, estab}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> check());
        }
        download = new Anchor(Downloads.file(this::file), getTranslation("imports.export.download"));
        download.setId("transfer-download");
        download.addClassName("wm-link-button");
        FlexLayout row = new FlexLayout(lea, estab, download);
        row.addClassName("wm-filters");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("imports.export.heading")), new Paragraph(getTranslation("imports.export.help")),
                row);
    }

    private PupilTransferFiles.Destination destination() {
        return new PupilTransferFiles.Destination(Objects.requireNonNullElse(lea.getValue(), ""),
                Objects.requireNonNullElse(estab.getValue(), ""));
    }

    /** Marks the field a problem is about; the link is offered only for a destination that will do. */
    private void check() {
        @Nullable String problem = files.destinationProblem(destination());
        lea.setInvalid("imports.export.destLea".equals(problem));
        lea.setErrorMessage(lea.isInvalid() ? getTranslation("imports.export.destLea") : null);
        estab.setInvalid("imports.export.destEstab".equals(problem));
        estab.setErrorMessage(estab.isInvalid() ? getTranslation("imports.export.destEstab") : null);
        download.setEnabled(problem == null);
    }

    /** The file, made in the download request from the destination typed (the link's supplier). */
    DownloadLink.File file() {
        PupilTransferFiles.File made = files.of(pupilId, destination());
        return new DownloadLink.File(made.name(), made.mediaType(), made.content());
    }
}
