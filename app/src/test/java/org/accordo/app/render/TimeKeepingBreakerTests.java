package org.accordo.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeKeepingBreakerTests {

  private static List<Integer> breaks(String text) {
    TimeKeepingBreaker breaker = new TimeKeepingBreaker();
    breaker.setText(text);
    List<Integer> breaks = new ArrayList<>();
    for (int at = breaker.next(); at >= 0; at = breaker.next()) {
      breaks.add(at);
    }
    return breaks;
  }

  @Test
  void neverBreaksATimeOfDayAtItsColon() {
    // "breached on 6 Mar 2026 14:42": after each word, never after "14:"
    assertThat(breaks("breached on 6 Mar 2026 14:42")).containsExactly(9, 12, 14, 18, 23, 28);
  }

  @Test
  void stillBreaksAfterAColonBetweenWords() {
    assertThat(breaks("status:waiting")).contains(7);
  }
}
