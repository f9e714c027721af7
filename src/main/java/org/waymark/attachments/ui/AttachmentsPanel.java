package org.waymark.attachments.ui;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.FileType;
import org.waymark.attachments.service.AttachedFiles;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.ViolationNotice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.waymark.base.ui.CappedUpload;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.Downloads;
import org.waymark.base.ui.Feedback;

/**
 * The attachments of one record: a list with download links and, for those who may change the
 * record, an upload with the kind of document. The owning feature supplies a {@link Source}
 * whose service calls check the caller's scope; this panel only binds and displays.
 */
public class AttachmentsPanel extends Div {

    /** What the owning record offers: its attachments and the calls that change or read them. */
    public interface Source {
        AttachedFiles list();

        void upload(AttachmentKind kind, String sentName, byte[] bytes);

        AttachmentStore.StoredFile download(long attachmentId);

        void remove(long attachmentId);

        /** A source made of the owning service's calls for one record. */
        static Source of(java.util.function.Supplier<AttachedFiles> list, Uploader upload,
                         java.util.function.LongFunction<AttachmentStore.StoredFile> download,
                         java.util.function.LongConsumer remove) {
            return new Source() {
                @Override
                public AttachedFiles list() {
                    return list.get();
                }

                @Override
                public void upload(AttachmentKind kind, String sentName, byte[] bytes) {
                    upload.upload(kind, sentName, bytes);
                }

                @Override
                public AttachmentStore.StoredFile download(long attachmentId) {
                    return download.apply(attachmentId);
                }

                @Override
                public void remove(long attachmentId) {
                    remove.accept(attachmentId);
                }
            };
        }
    }

    /** Takes an uploaded file for the owning record. */
    @FunctionalInterface
    public interface Uploader {
        void upload(AttachmentKind kind, String sentName, byte[] bytes);
    }

    private final Source source;
    private final boolean mayChange;
    private final UnorderedList items = new UnorderedList();
    private final Div error = new Div();
    private @Nullable Upload upload;
    private final Select<AttachmentKind> kind = new Select<>();
    private final java.util.function.Function<Attachment, String> describe;

    public AttachmentsPanel(Source source, boolean mayChange, long maxBytes) {
        this(source, mayChange, maxBytes, a -> "");
    }

    /**
     * As {@link #AttachmentsPanel(Source, boolean, long)}, with a few words the owning feature adds
     * beside each file (e.g. which of a case's outcomes it is evidence for); empty adds nothing.
     */
    public AttachmentsPanel(Source source, boolean mayChange, long maxBytes,
                            java.util.function.Function<Attachment, String> describe) {
        this.source = source;
        this.describe = describe;
        this.mayChange = mayChange;
        addClassName("wm-attachments");
        setId("attachments");
        items.addClassName("wm-attachment-list");
        error.addClassName("wm-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setId("attachment-error");
        error.setVisible(false);
        add(new H3(getTranslation("attachment.title")), items);
        if (mayChange) {
            kind.setLabel(getTranslation("attachment.kind"));
            kind.setItems(AttachmentKind.values());
            kind.setItemLabelGenerator(Translations::label);
            kind.setValue(AttachmentKind.PROFESSIONAL_REPORT);
            kind.setId("attachment-kind");
            // the cap is enforced on the server while the file streams in (DD013), not only by the browser
            Upload chooser = new Upload(new CappedUpload(maxBytes, this::receive, (name, max) -> {
                String reason = getTranslation("attachment.refused", name,
                        getTranslation("attachment.tooLarge", max / (1024 * 1024)));
                showError(reason);
                Feedback.error(reason);
            }));
            upload = chooser;
            chooser.setId("attachment-upload");
            chooser.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
            // a hint for the file chooser only; the server decides by content
            chooser.setAcceptedFileTypes(acceptedTypes());
            chooser.setI18n(i18n(maxBytes));
            chooser.addFileRejectedListener(e -> showError(e.getErrorMessage()));
            add(new Paragraph(getTranslation("attachment.help", maxBytes / (1024 * 1024))), kind, chooser, error);
        }
        refresh();
    }

    /**
     * Takes an uploaded file (the Upload's handler calls this inside the UI lock). Stored: the old
     * refusal goes and the success is said. Refused: the reason is shown under the upload and in a
     * notice, no success, and the file leaves the upload's list so no tick stands beside it.
     */
    public void receive(String sentName, byte[] bytes) {
        try {
            source.upload(kind.getValue() == null ? AttachmentKind.OTHER : kind.getValue(), sentName, bytes);
            showError("");
            Feedback.success(getTranslation("attachment.added", sentName));
            refresh();
        } catch (ValidationException e) {
            // named, because several files may arrive at once and only some be refused
            String reason = getTranslation("attachment.refused", sentName, ViolationNotice.text(e.violations()));
            showError(reason);
            if (upload != null) {
                upload.clearFileList();
            }
            Feedback.error(reason);
        }
    }

    public String errorText() {
        return error.getText();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(!message.isEmpty());
    }

    private void refresh() {
        items.removeAll();
        AttachedFiles listed = source.list();
        List<Attachment> attachments = listed.attachments();
        if (listed.withheld() > 0) {
            // a finance or inclusion reader: how many documents, not which (DD014)
            ListItem count = new ListItem(getTranslation("attachment.withheld", listed.withheld()));
            count.setId("attachments-withheld");
            items.add(count);
        } else if (attachments.isEmpty()) {
            items.add(new ListItem(getTranslation("attachment.none")));
        }
        for (Attachment a : attachments) {
            long id = java.util.Objects.requireNonNull(a.getId());
            // a refused or missing file answers as not found, alike (Downloads); nosniff is on every response
            Anchor link = new Anchor(Downloads.file(() -> {
                AttachmentStore.StoredFile file = source.download(id);
                return new DownloadLink.File(file.attachment().getDisplayName(),
                        file.attachment().getFileType().mediaType(), file.bytes());
            }), a.getDisplayName());
            link.setDownload(true);
            Span meta = new Span(getTranslation("attachment.meta", Translations.label(a.getKind()),
                    size(a.getSizeBytes()), listed.people().name(a.getUploadedBy()),
                    Dates.DAY_MONTH_YEAR.format(a.getUploadedAt().atZone(Dates.ZONE))));
            meta.addClassName("wm-muted");
            ListItem item = new ListItem(link, new Span(" "), meta);
            String about = describe.apply(a);
            if (!about.isEmpty()) {
                Span aboutSpan = new Span(" — " + about);
                aboutSpan.addClassName("wm-attachment-about");
                item.add(aboutSpan);
            }
            if (mayChange) {
                Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> {
                    source.remove(id);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("attachment.remove", a.getDisplayName()));
                item.add(remove);
            }
            items.add(item);
        }
    }

    private String size(long bytes) {
        return bytes < 1024 * 1024 ? getTranslation("attachment.kb", Math.max(1, bytes / 1024))
                : getTranslation("attachment.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private static String[] acceptedTypes() {
        return java.util.Arrays.stream(FileType.values())
                .flatMap(t -> java.util.stream.Stream.of(t.mediaType(), "." + t.extension()))
                .toArray(String[]::new);
    }

    private UploadI18N i18n(long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachment.upload.one"))
                .setMany(getTranslation("attachment.upload.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachment.drop.one"))
                .setMany(getTranslation("attachment.drop.many")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("attachment.tooLarge", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("attachment.type"))
                .setTooManyFiles(getTranslation("attachment.tooMany")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("attachment.upload.remove"))
                .setRetry(getTranslation("attachment.upload.retry")).setStart(getTranslation("attachment.upload.start")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}
