package org.accordo.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every case of the shared golden files (copied to {@code src/test/resources/golden}), computed by
 * independent implementations, must match to the second: {@code deadline} for add, {@code
 * elapsed_s} for elapsed.
 */
class GoldenCasesTests {

  @Test
  void romeOfficeMatchesEveryGoldenCase() throws Exception {
    // the golden scenario's own calendar file, read as a user's would be
    BusinessCalendar rome =
        CalendarYaml.load(
            Path.of(GoldenCasesTests.class.getResource("/golden/rome-office.yaml").toURI()),
            Optional.empty());

    List<String> mismatches = mismatches(rome, "/golden/bizcal-rome.csv", 21_000);

    assertThat(mismatches).isEmpty();
  }

  @Test
  void twentyFourSevenMatchesEveryGoldenCase() throws IOException {
    List<String> mismatches =
        mismatches(BusinessCalendar.twentyFourSeven(), "/golden/bizcal-24x7.csv", 2_100);

    assertThat(mismatches).isEmpty();
  }

  private static List<String> mismatches(
      BusinessCalendar calendar, String resource, int expectedRows) throws IOException {
    List<String> mismatches = new ArrayList<>();
    int rows = 0;
    try (InputStream in = GoldenCasesTests.class.getResourceAsStream(resource)) {
      assertThat(in).as("golden file %s on the test classpath", resource).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      assertThat(reader.readLine())
          .isEqualTo(
              "case,op,start,duration_s,end,deadline,deadline_next_open,elapsed_s,agreeing_implementations");
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rows++;
        String[] f = line.split(",", -1);
        Instant start = Instant.parse(f[2]);
        String actual =
            switch (f[1]) {
              case "add" ->
                  calendar.add(start, Duration.ofSeconds(Long.parseLong(f[3]))).toString();
              case "elapsed" ->
                  Long.toString(calendar.elapsed(start, Instant.parse(f[4])).toMillis() / 1000);
              default -> throw new IllegalStateException("unknown op in " + line);
            };
        String expected = f[1].equals("add") ? f[5] : f[7];
        if (!actual.equals(expected)) {
          mismatches.add(f[0] + ": expected " + expected + ", got " + actual);
        }
      }
    }
    assertThat(rows).isEqualTo(expectedRows);
    return mismatches.size() > 30 ? mismatches.subList(0, 30) : mismatches;
  }
}
