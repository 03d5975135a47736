package org.accordo.app.egress;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The egress policy's settings, {@code accordo.egress.*}.
 *
 * @param allow address blocks permitted although of a refused kind ({@code ACCORDO_EGRESS_ALLOW},
 *     comma-separated, e.g. {@code 10.20.0.0/16,fd12:3456::/32}): receivers inside the MSP's own
 *     network. Empty by default.
 */
@ConfigurationProperties("accordo.egress")
public record EgressSettings(@DefaultValue List<String> allow) {

  /** The setting's name, as refusals and start failures name it. */
  public static final String ALLOW = "accordo.egress.allow";

  public EgressSettings {
    allow = List.copyOf(allow);
    blocks(ALLOW, allow);
  }

  /** The allowed blocks. */
  public List<Cidr> allowed() {
    return blocks(ALLOW, allow);
  }

  /**
   * The blocks of a CIDR list setting.
   *
   * @throws IllegalArgumentException naming {@code setting} and the bad block
   */
  public static List<Cidr> blocks(String setting, List<String> blocks) {
    return blocks.stream()
        .map(
            block -> {
              try {
                return Cidr.parse(block);
              } catch (IllegalArgumentException e) {
                // the message says it all; a cause would be printed in its place by a failed start
                throw new IllegalArgumentException(setting + ": " + e.getMessage());
              }
            })
        .toList();
  }
}
