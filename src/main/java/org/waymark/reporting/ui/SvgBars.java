package org.waymark.reporting.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.waymark.reporting.domain.ReportTable;

/**
 * A horizontal bar chart as an SVG document drawn on the server: one bar a row, its length the
 * row's first number against the largest, its label and number written beside it. The SVG is an
 * image with a title (its accessible name); the figures themselves are read from the data table
 * beside it, so the SVG hides its text from assistive technology to avoid reading them twice.
 */
final class SvgBars {

    static final int WIDTH = 360;
    static final int BAR_HEIGHT = 18;
    static final int GAP = 8;
    static final int LABEL_WIDTH = 150;
    static final int NUMBER_WIDTH = 60;

    private SvgBars() {
    }

    static String render(String id, String title, List<ReportTable.Row> rows) {
        BigDecimal max = rows.stream().map(r -> r.first().abs()).reduce(BigDecimal.ONE, BigDecimal::max);
        int height = Math.max(1, rows.size()) * (BAR_HEIGHT + GAP) + GAP;
        int track = WIDTH - LABEL_WIDTH - NUMBER_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"wm-svg-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        int y = GAP;
        for (ReportTable.Row row : rows) {
            int length = row.first().signum() <= 0 ? 0 : row.first().multiply(BigDecimal.valueOf(track))
                    .divide(max, 0, RoundingMode.HALF_UP).intValue();
            svg.append("<g aria-hidden=\"true\">")
                    .append("<text x=\"0\" y=\"").append(y + BAR_HEIGHT - 4).append("\" class=\"wm-svg-label\">")
                    .append(escape(shorten(row.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(length).append("\" height=\"").append(BAR_HEIGHT).append("\" class=\"wm-svg-bar\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 4).append("\" y=\"").append(y + BAR_HEIGHT - 4)
                    .append("\" class=\"wm-svg-value\">").append(row.first().stripTrailingZeros().toPlainString())
                    .append("</text></g>");
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 24 ? label : label.substring(0, 23) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
