package org.accordo.app.monitoring;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.accordo.app.egress.OutboundProblem;

/**
 * Why a check failed (or warns), in the fixed vocabulary shown to customers: never the target's own
 * words, a URL, an address or an exception's text.
 */
public enum CheckProblem {
  TIMEOUT("timeout"),
  REFUSED("refused"),
  DNS("dns"),
  TLS("tls"),
  BLOCKED("blocked by egress policy"),
  UNREACHABLE("unreachable"),
  BAD_RESPONSE("bad response"),
  NETWORK("network error"),
  STATUS("status"),
  KEYWORD_MISSING("keyword missing"),
  KEYWORD_FOUND("keyword found"),
  CERTIFICATE_EXPIRED("certificate expired"),
  CERTIFICATE_EXPIRING("certificate expiring"),
  CERTIFICATE_UNTRUSTED("certificate untrusted"),
  CERTIFICATE_NAME("certificate name mismatch");

  private final String id;

  CheckProblem(String id) {
    this.id = id;
  }

  /** The words shown and stored: {@code timeout}, {@code status} (with the code beside it). */
  public String id() {
    return id;
  }

  static Optional<CheckProblem> of(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
  }

  /** The problem an exception of a check stands for, by the egress module's classification. */
  static CheckProblem of(IOException e) {
    return switch (OutboundProblem.of(e)) {
      case BLOCKED -> BLOCKED;
      case INVALID_ADDRESS, DNS -> DNS;
      case TIMEOUT -> TIMEOUT;
      case REFUSED -> REFUSED;
      case UNREACHABLE -> UNREACHABLE;
      case TLS -> TLS;
      case BAD_RESPONSE -> BAD_RESPONSE;
      case NETWORK -> NETWORK;
    };
  }
}
