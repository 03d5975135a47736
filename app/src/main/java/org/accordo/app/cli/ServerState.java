package org.accordo.app.cli;

/**
 * Whether {@code serve} left a server running, so that {@code main} returns instead of exiting.
 * Kept free of Spring types so that other commands never load Spring.
 */
final class ServerState {

  private static volatile boolean running;

  private ServerState() {}

  static void markRunning() {
    running = true;
  }

  static boolean running() {
    return running;
  }
}
