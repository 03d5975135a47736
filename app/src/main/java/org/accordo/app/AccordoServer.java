package org.accordo.app;

import java.io.IOException;
import java.net.BindException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.accordo.app.operations.NodeId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.Modulithic;
import org.springframework.validation.FieldError;

/**
 * The Spring Boot server behind {@code accordo serve}. Each package under {@code org.accordo.app}
 * is an application module (Spring Modulith, verified by {@code ModularityTests}); the shared ones
 * are plumbing every feature may use and that uses no feature.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(
    sharedModules = {"refusal", "web", "jdbc", "work", "render", "operations", "eventcodec"})
public class AccordoServer {

  /**
   * Starts the server and prints its URL.
   *
   * @return the running context
   * @throws ServerStartFailed with a one-line reason a person can act on
   */
  public static ConfigurableApplicationContext start(ServerSettings settings) {
    return start(settings, Map.of());
  }

  /**
   * Starts the server with more properties, e.g. {@code accordo.demo=on} for {@code serve --demo}.
   *
   * @throws ServerStartFailed with a one-line reason a person can act on
   */
  public static ConfigurableApplicationContext start(
      ServerSettings settings, Map<String, Object> more) {
    SpringApplication application = new SpringApplication(AccordoServer.class);
    Map<String, Object> properties = new LinkedHashMap<>(settings.springProperties());
    properties.putAll(more);
    application.setDefaultProperties(properties);
    prepareEmbeddedDatabase(settings);
    try {
      settings
          .multiNodeWarning()
          .ifPresent(warning -> System.err.println("accordo: warning: " + warning));
      ConfigurableApplicationContext context = application.run();
      Environment environment = context.getEnvironment();
      System.out.println(
          startLine(
              environment.getProperty("local.server.port"),
              settings.describeDatabase(),
              context.getBean(NodeId.class).toString()));
      return context;
    } catch (RuntimeException failure) {
      throw new ServerStartFailed(StartupFailure.explain(failure, settings), failure);
    }
  }

  /**
   * The line a started server prints: where it runs, on which database, as which node, and where
   * its API documentation is.
   */
  static String startLine(String port, String database, String node) {
    String url = "http://localhost:" + port;
    return "Accordo is running at "
        + url
        + " (database: "
        + database
        + ", node: "
        + node
        + "); API docs: "
        + url
        + "/swagger-ui.html";
  }

  /**
   * Starts the application without its web server, scheduler and dispatcher, for a command that
   * works on the database and ends (e.g. {@code accordo clocks rebuild}). The caller closes it.
   *
   * @throws ServerStartFailed with a one-line reason a person can act on
   */
  public static ConfigurableApplicationContext startTask(ServerSettings settings) {
    SpringApplication application = new SpringApplication(AccordoServer.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    Map<String, Object> properties = new LinkedHashMap<>(settings.springProperties());
    properties.put("accordo.clocks.scheduler", "off");
    properties.put("accordo.notifications.dispatcher", "off");
    properties.put("accordo.close.scheduler", "off");
    application.setDefaultProperties(properties);
    prepareEmbeddedDatabase(settings);
    try {
      return application.run();
    } catch (RuntimeException failure) {
      throw new ServerStartFailed(StartupFailure.explain(failure, settings), failure);
    }
  }

  /** Creates the embedded database's folder and file readable by their owner only. */
  private static void prepareEmbeddedDatabase(ServerSettings settings) {
    if (!settings.embeddedDatabase()) {
      return;
    }
    try {
      EmbeddedDatabaseFiles.prepare(settings.dataDir());
    } catch (IOException failure) {
      throw new ServerStartFailed(
          "cannot create the H2 database in "
              + settings.dataDir().toAbsolutePath().normalize()
              + ": "
              + failure,
          failure);
    }
  }

  /** The server did not start; the message says why in one line. */
  public static final class ServerStartFailed extends RuntimeException {
    ServerStartFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Names the cause of a failed start in words a person can act on. */
  static final class StartupFailure {

    private StartupFailure() {}

    static String explain(Throwable failure, ServerSettings settings) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof BindValidationException invalid) {
          return "invalid setting: " + describe(invalid.getValidationErrors());
        }
        if (cause instanceof PortInUseException || cause instanceof BindException) {
          return "port "
              + settings.port()
              + " is already in use; stop the other program or choose another port with --port";
        }
        if (cause instanceof SQLException
            && settings.embeddedDatabase()
            && String.valueOf(cause.getMessage()).contains("already in use")) {
          return "the H2 database in "
              + settings.dataDir().toAbsolutePath().normalize()
              + " is open in another process"
              + " (another accordo serve?); H2 serves one node: stop the other one, or run several nodes on PostgreSQL"
              + " (ACCORDO_DB_URL)";
        }
        if (cause instanceof SQLException) {
          return "cannot use the database "
              + settings.describeDatabase()
              + ": "
              + oneLine(rootCause(cause));
        }
      }
      return "cannot start: " + oneLine(rootCause(failure));
    }

    /**
     * Each refused setting as {@code property (value): rule}, e.g. {@code accordo.events.lanes
     * (-1): must be greater than or equal to 0}.
     */
    private static String describe(ValidationErrors errors) {
      return errors.getAllErrors().stream()
          .map(
              error ->
                  error instanceof FieldError field
                      ? errors.getName()
                          + "."
                          + DataObjectPropertyName.toDashedForm(field.getField())
                          + " ("
                          + field.getRejectedValue()
                          + "): "
                          + field.getDefaultMessage()
                      : errors.getName() + ": " + error.getDefaultMessage())
          .collect(Collectors.joining("; "));
    }

    private static Throwable rootCause(Throwable failure) {
      Throwable root = failure;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return root;
    }

    private static String oneLine(Throwable cause) {
      String message =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      return message.lines().findFirst().orElse(message).trim();
    }
  }
}
