package org.accordo.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.accordo.core.yaml.YamlNodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGrammarTests {

  @ParameterizedTest
  @CsvSource({
    "PT6H, 6h", // whole hours
    "PT45M, 45m", // whole minutes
    "PT1H30M, 1h30m", // hours and minutes
    "PT5H23M17S, 5h23m17s", // down to the second, the grammar's finest unit
    "PT2H5S, 2h5s", // a zero part is left out
    "PT26H, 26h", // never days: 1d is 24 h of open time, not a working day
    "PT1S, 1s" // the smallest target
  })
  void writesTargetsAsContractsDo(Duration target, String written) {
    assertThat(TargetGrammar.write(target)).isEqualTo(written);
    assertThat(YamlNodes.parseDuration(written)).contains(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT-1M", "PT1.5S"})
  void refusesWhatTheGrammarCannotSay(Duration target) {
    assertThatThrownBy(() -> TargetGrammar.write(target))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole seconds");
  }
}
