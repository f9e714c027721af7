package org.waymark.plans.service;

import org.waymark.base.domain.Dates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.waymark.plans.domain.PlanContent;

/**
 * Renders one plan version as a PDF: every section, a header with the pupil's name and a footer
 * with "page x of y", all labels in the reader's language. Uses embedded Liberation fonts so
 * Welsh letters (ŵ, ŷ) print correctly.
 */
final class PlanDocument {

    /** Looks up a label in the reader's language: key and arguments to text. */
    interface Labels extends BiFunction<String, Object[], String> {
        default String get(String key, Object... args) {
            return apply(key, args);
        }
    }

    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

    private final Font body = new Font(REGULAR, 10);
    private final Font small = new Font(REGULAR, 8);
    private final Font heading = new Font(BOLD, 12);
    private final Font title = new Font(BOLD, 16);
    private final Labels labels;

    PlanDocument(Labels labels) {
        this.labels = labels;
    }

    byte[] render(String pupilName, String planTypeLabel, String statusLine, PlanContent content,
                  List<String> familyViews, List<String> attachmentLines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new HeaderFooter(pupilName, planTypeLabel));
        document.addTitle(planTypeLabel + " – " + pupilName);
        document.open();
        document.add(new Paragraph(planTypeLabel, title));
        document.add(new Paragraph(pupilName, heading));
        document.add(new Paragraph(statusLine, body));
        statements(document, "plan.section.whatMatters", content.whatMatters());
        statements(document, "plan.section.likedFor", content.likedFor());
        statements(document, "plan.section.howToSupport", content.howToSupport());
        section(document, "plan.section.needs", content.needs().stream()
                .map(n -> labels.get("enum.AreaOfNeed." + n.area().name()) + ": " + n.description()).toList());
        section(document, "plan.section.outcomes", content.outcomes().stream()
                .map(o -> o.key() + " — " + o.text() + " (" + labels.get("plan.outcome.by",
                        o.targetDate().format(Dates.DAY_MONTH_YEAR)) + ")").toList());
        provision(document, content);
        section(document, "plan.section.assistant", content.assistantRole() == null ? List.of()
                : List.of(content.assistantRole().description() + " (" + labels.get("plan.assistant.serves",
                String.join(", ", content.assistantRole().outcomeKeys())) + ")"));
        section(document, "plan.section.equipment", content.equipment());
        section(document, "plan.section.agencies", content.agencies());
        section(document, "plan.familyViews", familyViews);
        section(document, "attachment.title", attachmentLines);
        document.close();
        return out.toByteArray();
    }

    private void statements(Document document, String key, List<PlanContent.Statement> statements) {
        section(document, key, statements.stream()
                .map(s -> "[" + labels.get("enum.Voice." + s.voice().name()) + "] " + s.text()).toList());
    }

    private void section(Document document, String key, List<String> lines) {
        Paragraph title = new Paragraph(labels.get(key), heading);
        title.setSpacingBefore(10);
        title.setSpacingAfter(4);
        document.add(title);
        if (lines.isEmpty()) {
            document.add(new Paragraph(labels.get("plan.section.empty"), body));
        }
        for (String line : lines) {
            Paragraph p = new Paragraph(line, body);
            p.setIndentationLeft(10);
            document.add(p);
        }
    }

    private void provision(Document document, PlanContent content) {
        Paragraph title = new Paragraph(labels.get("plan.section.provision"), heading);
        title.setSpacingBefore(10);
        title.setSpacingAfter(4);
        document.add(title);
        if (content.provisions().isEmpty()) {
            document.add(new Paragraph(labels.get("plan.section.empty"), body));
            return;
        }
        PdfPTable table = new PdfPTable(new float[]{1f, 4f, 3f, 3f, 1.4f, 1.6f, 2f, 2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("plan.editor.outcomeKey", "plan.editor.what", "plan.editor.who",
                "plan.editor.frequency", "plan.editor.hoursPerWeek", "plan.editor.annualCost", "plan.editor.language",
                "plan.editor.groupSize")) {
            PdfPCell cell = new PdfPCell(new Phrase(labels.get(key), new Font(BOLD, 8)));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (PlanContent.Provision p : content.provisions()) {
            for (String value : List.of(p.outcomeKey(), p.what(), p.who(), p.frequency(),
                    p.hoursPerWeek().stripTrailingZeros().toPlainString(),
                    "£" + p.annualCost().stripTrailingZeros().toPlainString(),
                    labels.get("enum.DeliveryLanguage." + p.language().name()),
                    labels.get("enum.GroupSize." + p.groupSize().name()))) {
                table.addCell(new PdfPCell(new Phrase(value, small)));
            }
        }
        document.add(table);
        document.add(new Paragraph(labels.get("plan.provision.totals",
                content.totalHoursPerWeek().stripTrailingZeros().toPlainString(),
                content.totalAnnualCost().stripTrailingZeros().toPlainString()), body));
    }

    /** Header with the pupil's name; footer "page x of y", y filled in when the document closes. */
    private final class HeaderFooter extends PdfPageEventHelper {
        private final String pupilName;
        private final String planTypeLabel;
        private PdfTemplate total;

        HeaderFooter(String pupilName, String planTypeLabel) {
            this.pupilName = pupilName;
            this.planTypeLabel = planTypeLabel;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(pupilName + " — " + planTypeLabel, small), document.left(), document.top() + 20, 0);
            String page = labels.get("pdf.pageOf", writer.getPageNumber(), "");
            float width = REGULAR.getWidthPoint(page, 8);
            float x = document.right() - width - 20;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, small), x,
                    document.bottom() - 25, 0);
            canvas.addTemplate(total, x + width, document.bottom() - 25);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber()), small), 0, 0, 0);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PlanDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " missing from the class path");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
