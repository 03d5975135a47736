package org.accordo.app.monitoring;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.springframework.stereotype.Component;

/**
 * The certificate authorities the {@code https} and {@code tls} checks trust: the JDK's (its {@code
 * cacerts}), or those of a key store in tests, where the target's certificate is self-signed.
 */
@Component
class MonitorTrust {

  private final X509ExtendedTrustManager manager;

  /** The JDK's default trust. */
  MonitorTrust() {
    this(null);
  }

  /**
   * @param anchors the trusted certificates, or null for the JDK's default
   */
  MonitorTrust(KeyStore anchors) {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(anchors);
      this.manager =
          Arrays.stream(factory.getTrustManagers())
              .filter(X509ExtendedTrustManager.class::isInstance)
              .map(X509ExtendedTrustManager.class::cast)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no X.509 trust manager in the JDK"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the trusted certificates", e);
    }
  }

  X509ExtendedTrustManager manager() {
    return manager;
  }
}
