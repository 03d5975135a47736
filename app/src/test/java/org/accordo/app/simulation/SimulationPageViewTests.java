package org.accordo.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The simulation page shows the body of the simulation's own document, each chart as an image of
 * its SVG (whose inline styles the pages' policy would refuse), and a refusal under its field.
 */
class SimulationPageViewTests {

  @Test
  void showsTheDocumentsBodyWithEachChartAsAnImage() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill: red\"/></svg>";
    String page =
        "<html><head><title>t</title></head><body>\n<h1>What if</h1><div class=\"chart\">"
            + svg
            + "</div><p>end</p>\n</body></html>";

    String body =
        SimulationPageView.body(page.getBytes(StandardCharsets.UTF_8), "A chart \"of\" numbers");

    assertThat(body).startsWith("<h1>What if</h1>").endsWith("<p>end</p>").doesNotContain("<svg");
    Matcher image =
        Pattern.compile(
                "<img class=\"chart\" alt=\"A chart &quot;of&quot; numbers\" src=\"data:image/svg\\+xml;base64,([^\"]+)\">")
            .matcher(body);
    assertThat(image.find()).isTrue();
    assertThat(new String(Base64.getDecoder().decode(image.group(1)), StandardCharsets.UTF_8))
        .isEqualTo(svg);
  }

  @Test
  void namesTheSvgNamespaceWhereTheChartLeftItOut() {
    String body =
        SimulationPageView.body(
            "<body><svg width=\"10\"></svg></body>".getBytes(StandardCharsets.UTF_8), "chart");
    String data = body.substring(body.indexOf("base64,") + 7, body.lastIndexOf('"'));

    assertThat(new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8))
        .isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\"></svg>");
  }

  @Test
  void showsARefusalUnderItsFieldOnly() {
    SimulationPageView.Problem problem = new SimulationPageView.Problem("from", "not a month");

    assertThat(problem.at("from")).isEqualTo("not a month");
    assertThat(problem.at("to")).isNull();
  }
}
