package org.accordo.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeIdTests {

  @ParameterizedTest(name = "configured ''{0}'' on host ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a configured id wins over the host name
        "node-a     | web-1       | node-a",
        // surrounding spaces of a configured id are dropped
        "' node-b ' | web-1       | node-b",
        // nothing configured: host name and process id
        "''         | web-1       | web-1-4242",
        // a blank setting counts as nothing configured
        "'   '      | web-1       | web-1-4242",
        // spaces and non-ASCII characters of a host name become underscores
        "''         | 'my host é' | my_host__-4242",
        // no host name known
        "''         | ''          | node-4242",
      })
  void isTheConfiguredIdOrElseHostAndProcess(String configured, String host, String expected) {
    assertThat(NodeId.of(configured, host, 4242).value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a space inside
        "node a",
        // a control character
        "node\u0001",
        // 101 characters: longer than the columns
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      })
  void refusesAConfiguredIdTheColumnsCannotHold(String configured) {
    assertThatThrownBy(() -> NodeId.of(configured, "web-1", 1))
        .isInstanceOf(NodeId.InvalidNodeId.class)
        .hasMessageContaining("accordo.node-id");
  }

  @org.junit.jupiter.api.Test
  void aLongHostNameIsCutSoThatTheProcessIdStillFits() {
    String host = "h".repeat(150);

    String id = NodeId.of(null, host, 123456).value();

    assertThat(id).hasSize(NodeId.MAX_LENGTH).endsWith("h-123456");
  }
}
