package org.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The bar chart as markup in one element: each bar's label and number as text, its length to scale. */
class BarChartTest {

    @Test
    void each_bar_carries_its_label_and_number_and_is_drawn_to_the_largest() {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("Cognition and learning", 40L);
        values.put("Speech, language and communication", 10L);
        values.put("Sensory", 0L);
        BarChart chart = new BarChart("By primary need", values);

        assertThat(chart.getElement().getTag()).isEqualTo("div");
        assertThat(chart.getElement().getClassList()).containsExactly("wm-bar-chart");
        Element inner = Jsoup.parseBodyFragment(chart.getInnerHtml()).body();
        assertThat(inner.select("h3").text()).isEqualTo("By primary need");
        assertThat(inner.select("li .wm-bar-label").eachText()).containsExactly("Cognition and learning",
                "Speech, language and communication", "Sensory");
        assertThat(inner.select("li .wm-bar-value").eachText()).containsExactly("40", "10", "0");
        assertThat(inner.select("li .wm-bar-track > .wm-bar").eachAttr("style"))
                .containsExactly("width: 100%;", "width: 25%;", "width: 0%;");
    }

    @Test
    void text_is_escaped_not_read_as_markup() {
        BarChart chart = new BarChart("<script>alert(1)</script>", Map.of("<b>bold</b> & co", 3L));
        Element inner = Jsoup.parseBodyFragment(chart.getInnerHtml()).body();
        assertThat(inner.select("script, b")).isEmpty();
        assertThat(inner.select("h3").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(inner.select(".wm-bar-label").text()).isEqualTo("<b>bold</b> & co");
    }

    @Test
    void an_empty_chart_has_no_bars() {
        BarChart chart = new BarChart("Nothing yet", Map.of());
        assertThat(Jsoup.parseBodyFragment(chart.getInnerHtml()).select("li")).isEmpty();
    }
}
