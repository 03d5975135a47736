package org.accordo.app.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * Self-signed certificates made by the JDK's {@code keytool} for the tests (valid from and for a
 * number of days relative to today), and TLS servers on the loopback that present them.
 */
final class TestCertificates {

  static final String PASSWORD = "changeit";

  private final Path folder;
  private final List<ServerSocket> servers = new ArrayList<>();
  private final KeyStore anchors;

  TestCertificates(Path folder) {
    this.folder = folder;
    try {
      anchors = KeyStore.getInstance("PKCS12");
      anchors.load(null, null);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A key store with one self-signed certificate for {@code 127.0.0.1} and {@code names}, valid
   * from {@code startDays} (e.g. -30) for {@code validityDays}; its certificate becomes trusted by
   * {@link #trust()}.
   */
  KeyStore certificate(String alias, int startDays, int validityDays, String names) {
    Path file = folder.resolve(alias + ".p12");
    run(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair",
        "-keystore",
        file.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        PASSWORD,
        "-keypass",
        PASSWORD,
        "-alias",
        alias,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + alias,
        "-ext",
        "SAN=" + names,
        "-startdate",
        (startDays >= 0 ? "+" : "") + startDays + "d",
        "-validity",
        String.valueOf(validityDays));
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, PASSWORD.toCharArray());
      Certificate certificate = store.getCertificate(alias);
      anchors.setCertificateEntry(alias, certificate);
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Trust in every certificate made so far. */
  MonitorTrust trust() {
    return new MonitorTrust(anchors);
  }

  /** A TLS server on 127.0.0.1 that presents {@code store}'s certificate; returns its port. */
  int serve(KeyStore store) {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      SSLServerSocket server =
          (SSLServerSocket)
              context
                  .getServerSocketFactory()
                  .createServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      servers.add(server);
      Thread acceptor =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try (Socket socket = server.accept()) {
                    ((SSLSocket) socket).startHandshake();
                  } catch (IOException e) {
                    // a client that gave up, or the server closed
                  }
                }
              },
              "tls-test-server");
      acceptor.setDaemon(true);
      acceptor.start();
      return server.getLocalPort();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void close() {
    for (ServerSocket server : servers) {
      try {
        server.close();
      } catch (IOException ignored) {
        // the test is over
      }
    }
  }

  private static void run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
