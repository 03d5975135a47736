package org.accordo.app.monitoring;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A trust manager for one handshake that lets it finish whatever the certificate, and remembers
 * what it found: the chain, whether the trusted authorities vouch for it, and whether it names the
 * host. The {@code tls} check then judges in its own vocabulary (expired first, then untrusted,
 * then the name) instead of a handshake's error text.
 */
final class CertificateJudge extends X509ExtendedTrustManager {

  private final X509ExtendedTrustManager trust;
  private X509Certificate[] chain;
  private boolean trusted;
  private boolean namesHost;

  CertificateJudge(X509ExtendedTrustManager trust) {
    this.trust = trust;
  }

  /** The server's own certificate, once the handshake has shown it. */
  Optional<X509Certificate> leaf() {
    return chain == null || chain.length == 0 ? Optional.empty() : Optional.of(chain[0]);
  }

  boolean trusted() {
    return trusted;
  }

  boolean namesHost() {
    return namesHost;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
    this.chain = chain.clone();
    try {
      trust.checkServerTrusted(chain, authType);
      trusted = true;
      trust.checkServerTrusted(chain, authType, socket);
      namesHost = true;
    } catch (CertificateException | IllegalArgumentException e) {
      // judged after the handshake, from the flags
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    throw new UnsupportedOperationException("checks use sockets");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) {
    throw new UnsupportedOperationException("a check always checks the host name");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    throw new CertificateException("a check is never a server");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    throw new CertificateException("a check is never a server");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("a check is never a server");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return trust.getAcceptedIssuers();
  }
}
