package org.waymark.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.reporting.domain.ReportTable;

class SvgBarsTest {

    @Test
    void the_chart_is_an_image_named_by_its_title_with_bars_in_proportion() {
        String svg = SvgBars.render("chart-x", "Pupils <by> need", List.of(ReportTable.Row.of("A & B", 10),
                ReportTable.Row.of("C", 5), ReportTable.Row.of("D", 0)));
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"chart-x-title\"")
                .contains("<title id=\"chart-x-title\">Pupils &lt;by&gt; need</title>")
                .contains("A &amp; B");
        int track = SvgBars.WIDTH - SvgBars.LABEL_WIDTH - SvgBars.NUMBER_WIDTH;
        assertThat(svg).contains("width=\"" + track + "\"").contains("width=\"" + (track / 2) + "\"")
                .contains("width=\"0\"");
    }

    @Test
    void an_empty_figure_still_makes_a_valid_image() {
        String svg = SvgBars.render("chart-y", "Nothing", List.of());
        assertThat(svg).startsWith("<svg").endsWith("</svg>").doesNotContain("<rect");
    }
}
