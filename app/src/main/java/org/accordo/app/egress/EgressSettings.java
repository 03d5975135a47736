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

  public EgressSettings {
    allow = List.copyOf(allow);
    for (String block : allow) {
      try {
        Cidr.parse(block);
      } catch (IllegalArgumentException e) {
        // the message says it all; a cause would be printed in its place by a failed start
        throw new IllegalArgumentException("accordo.egress.allow: " + e.getMessage());
      }
    }
  }

  /** The allowed blocks. */
  public List<Cidr> allowed() {
    return allow.stream().map(Cidr::parse).toList();
  }
}
