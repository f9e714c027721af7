package org.waymark.documents.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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

/**
 * One A4 PDF being written: a title, headed sections of lines, tables; every page carries a
 * header saying whose document it is and a footer "page x of y" in the reader's language. The
 * Liberation fonts are embedded so Welsh letters (ŵ, ŷ) print on any reader's machine.
 */
public final class PdfPages {

    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

    private final Font body = new Font(REGULAR, 10);
    private final Font small = new Font(REGULAR, 8);
    private final Font heading = new Font(BOLD, 12);
    private final Font title = new Font(BOLD, 16);
    private final Font tableHeader = new Font(BOLD, 8);
    private final Labels labels;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 50, 50, 60, 60);

    /** Starts a document; {@code header} is printed at the top of every page. */
    public PdfPages(Labels labels, String header, String documentTitle) {
        this.labels = labels;
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new HeaderFooter(header));
        document.addTitle(documentTitle);
        document.open();
    }

    public PdfPages title(String text) {
        document.add(new Paragraph(text, title));
        return this;
    }

    public PdfPages heading(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
        return this;
    }

    public PdfPages paragraph(String text) {
        document.add(new Paragraph(text, body));
        return this;
    }

    /** A headed section of indented lines; when there are none, the "nothing recorded" label. */
    public PdfPages section(String headingKey, List<String> lines) {
        heading(labels.get(headingKey));
        if (lines.isEmpty()) {
            document.add(new Paragraph(labels.get("pdf.empty"), body));
        }
        for (String line : lines) {
            Paragraph p = new Paragraph(line, body);
            p.setIndentationLeft(10);
            document.add(p);
        }
        return this;
    }

    /** A table whose header row (labels by key) repeats on every page it spans. */
    public PdfPages table(float[] widths, List<String> headerKeys, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : headerKeys) {
            PdfPCell cell = new PdfPCell(new Phrase(labels.get(key), tableHeader));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                table.addCell(new PdfPCell(new Phrase(value, small)));
            }
        }
        document.add(table);
        return this;
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** Header with whose document it is; footer "page x of y", y filled in when the document closes. */
    private final class HeaderFooter extends PdfPageEventHelper {
        private final String header;
        private PdfTemplate total;

        HeaderFooter(String header) {
            this.header = header;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document doc) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document doc) {
            PdfContentByte canvas = writer.getDirectContent();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header, small), doc.left(),
                    doc.top() + 20, 0);
            String page = labels.get("pdf.pageOf", writer.getPageNumber(), "");
            float width = REGULAR.getWidthPoint(page, 8);
            float x = doc.right() - width - 20;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, small), x, doc.bottom() - 25, 0);
            canvas.addTemplate(total, x + width, doc.bottom() - 25);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document doc) {
            // by the time the document closes, the writer's page number has moved on to a page
            // that will never be written: the last page is the one before it
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), small), 0, 0, 0);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfPages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " missing from the class path");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
