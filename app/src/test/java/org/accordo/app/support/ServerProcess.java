package org.accordo.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

/**
 * The real {@code accordo serve} in a JVM of its own, on a test database (PostgreSQL: several
 * processes share it), with the tests' admin token: what the restart tests kill with SIGKILL
 * ({@link #kill}) and start again. Its log is {@code target/restart-tests/<name>-<port>.log}.
 *
 * @param process the JVM
 * @param port the HTTP port it listens on
 */
public record ServerProcess(Process process, int port) {

  /**
   * Starts the server with {@code environment} added to its own (e.g. {@code
   * ACCORDO_CLOSE_SCHEDULER=off}) and waits until it answers.
   */
  public static ServerProcess start(
      TestDatabase.Connected database, String name, Map<String, String> environment) {
    try {
      int port = freePort();
      Path log =
          Files.createDirectories(Paths.get("target", "restart-tests"))
              .resolve(name + "-" + port + ".log");
      String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      String classpath =
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      ProcessBuilder builder =
          new ProcessBuilder(
                  java,
                  "-Xmx384m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  classpath,
                  "org.accordo.app.cli.Accordo",
                  "serve",
                  "--port",
                  String.valueOf(port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("ACCORDO_DB_URL", database.url());
      builder.environment().put("ACCORDO_DB_USER", database.user());
      builder.environment().put("ACCORDO_DB_PASSWORD", database.password());
      builder.environment().put("ACCORDO_ADMIN_TOKEN", RunningServer.ADMIN_TOKEN);
      builder.environment().putAll(environment);
      ServerProcess server = new ServerProcess(builder.start(), port);
      Await.until(
          Duration.ofSeconds(90),
          server::answers,
          up -> up,
          "the " + name + " server up (log: " + log + ")");
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client of it. */
  public Api api() {
    return Api.at(url());
  }

  public String url() {
    return "http://localhost:" + port;
  }

  /** Kills it with SIGKILL, as a crash would, and waits until it is gone. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private boolean answers() {
    if (!process.isAlive()) {
      throw new AssertionError("the server exited with " + process.exitValue());
    }
    try {
      return api().get("/api/v1/customers").token(RunningServer.ADMIN_TOKEN).send().status() == 200;
    } catch (UncheckedIOException notYet) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
