package org.accordo.app.egress;

import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Why an outbound exchange failed, in a fixed vocabulary that names no URL, credential, class or
 * remote text: what a customer may read about a delivery to a receiver it does not manage.
 */
public enum OutboundProblem {
  BLOCKED("blocked by egress policy"),
  INVALID_ADDRESS("invalid address"),
  DNS("dns"),
  TIMEOUT("timeout"),
  REFUSED("refused"),
  UNREACHABLE("unreachable"),
  TLS("tls"),
  BAD_RESPONSE("bad response"),
  NETWORK("network error");

  private final String label;

  OutboundProblem(String label) {
    this.label = label;
  }

  /** The words shown: "timeout", "blocked by egress policy". */
  public String label() {
    return label;
  }

  /** The problem an exception of an outbound exchange stands for. */
  public static OutboundProblem of(IOException e) {
    if (e instanceof EgressRefused) {
      return BLOCKED;
    }
    if (e instanceof MalformedURLException) {
      return INVALID_ADDRESS;
    }
    if (e instanceof UnknownHostException) {
      return DNS;
    }
    if (e instanceof SocketTimeoutException) {
      return TIMEOUT;
    }
    if (e instanceof ConnectException) {
      return REFUSED;
    }
    if (e instanceof NoRouteToHostException || e instanceof PortUnreachableException) {
      return UNREACHABLE;
    }
    if (e instanceof SSLException) {
      return TLS;
    }
    if (e instanceof ProtocolException) {
      return BAD_RESPONSE;
    }
    return NETWORK;
  }
}
