package org.accordo.app.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.accordo.app.AccordoServer;
import org.accordo.app.egress.HostResolver;
import org.accordo.app.notifications.NotificationChannel;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Accordo server under test, one per {@link TestDatabase}, started on first use and shared by
 * every API test class of the JVM (two Spring contexts for the whole suite). Tests therefore never
 * assume an empty database: each creates its own customers with unique ids.
 */
public final class RunningServer {

  /** The admin token every server under test accepts (set through {@code ACCORDO_ADMIN_TOKEN}). */
  public static final String ADMIN_TOKEN = "accordo_test-admin-token-0123456789abcdefghijklmnop";

  /** Where the test clock starts: a Monday morning. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private static final Map<TestDatabase, RunningServer> SERVERS = new EnumMap<>(TestDatabase.class);
  private static final Map<TestDatabase, RunningServer> IDLE_SERVERS =
      new EnumMap<>(TestDatabase.class);
  private static final Map<String, RunningServer> NAMED_SERVERS = new HashMap<>();
  private static final Map<TestDatabase, RunningServer> CLOSING_SERVERS =
      new EnumMap<>(TestDatabase.class);

  private final ConfigurableApplicationContext context;
  private final SettableClock clock;
  private final GreenMail mail;
  private final Api api;

  private RunningServer(
      ConfigurableApplicationContext context, SettableClock clock, GreenMail mail) {
    this.context = context;
    this.clock = clock;
    this.mail = mail;
    this.api =
        new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
  }

  /** The server on {@code database}, started if it is not running yet. */
  public static synchronized RunningServer on(TestDatabase database) {
    return SERVERS.computeIfAbsent(database, d -> start(d, Map.of()));
  }

  /**
   * A second server on its own database of that kind, without the scheduler, the clock rebuild
   * worker and the outbox dispatcher: what is due stays due and what is pending stays pending, for
   * tests of the metrics of that backlog. Started on first use and shared like {@link #on}.
   */
  public static synchronized RunningServer idle(TestDatabase database) {
    return IDLE_SERVERS.computeIfAbsent(
        database,
        d ->
            start(
                d,
                Map.of(
                    "accordo.clocks.scheduler", "off", "accordo.notifications.dispatcher", "off")));
  }

  /**
   * A server of its own, on its own database of that kind, with settings of its own (e.g. a low
   * limit of failed authentications), started on first use and shared by the tests that ask for the
   * same name on the same database.
   */
  public static synchronized RunningServer named(
      String name, TestDatabase database, Map<String, Object> settings) {
    return NAMED_SERVERS.computeIfAbsent(name + "@" + database, n -> start(database, settings));
  }

  /**
   * A third server on its own database of that kind that closes months by itself, as production
   * does: its statement worker polls every 200 ms with the default grace of 3 days, so a month is
   * closed once the clock passes its end plus the grace (and {@code ClosePlanner.SETTLE}), three
   * months at a time. For the statements' tests, whose customers' contracts cover the few months
   * they close. Started on first use and shared like {@link #on}.
   */
  public static synchronized RunningServer closing(TestDatabase database) {
    return CLOSING_SERVERS.computeIfAbsent(
        database,
        d ->
            start(
                d,
                Map.of(
                    "accordo.close.scheduler",
                    "on",
                    "accordo.close.poll-interval",
                    "200ms",
                    // several months closed at once, whatever the machine's processors
                    "accordo.close.threads",
                    "3")));
  }

  private static RunningServer start(TestDatabase database, Map<String, Object> more) {
    SettableClock clock = new SettableClock(START);
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    Map<String, Object> properties = new HashMap<>(database.create().springProperties());
    properties.put("ACCORDO_ADMIN_TOKEN", ADMIN_TOKEN);
    properties.put("accordo.node-id", nodeId(database));
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", mail.getSmtp().getPort());
    // fast polls, and retries whose waits the tests pass by moving the clock: 1 s, 2 s, 4 s, then
    // dead
    properties.put("accordo.clocks.poll-interval", "200ms");
    properties.put("accordo.notifications.poll-interval", "200ms");
    properties.put("accordo.notifications.backoff", "1s");
    properties.put("accordo.notifications.max-attempts", "4");
    // webhook receivers of the tests listen on 127.0.0.1 (and only there: ::1, localhost refused)
    properties.put("accordo.egress.allow", "127.0.0.1/32");
    // a receiver that does not answer holds a delivery 5 s, not 30
    properties.put("accordo.notifications.read-timeout", "4s");
    properties.put("accordo.notifications.delivery-timeout", "5s");
    // every test calls from 127.0.0.1, and many fail to authenticate on purpose: the limit of
    // failed authentications is tested on a server of its own (AuthenticationLimitIntegrationTests)
    properties.put("accordo.security.auth-failure-limit", "1000000");
    // the servers are shared by every test class: months are closed only when a test asks
    // (StatementWorker.poll), never because another test moved the clock past a month's grace
    properties.put("accordo.close.scheduler", "off");
    // likewise monitors check only when a test runs their scheduler (MonitorScheduler.poll)
    properties.put("accordo.monitoring.scheduler", "false");
    // and review reminders only when a test runs theirs (ReviewReminders.plan and runBatch)
    properties.put("accordo.reviews.scheduler", "false");
    properties.putAll(more);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(AccordoServer.class)
            .properties(properties)
            .initializers(
                ctx -> {
                  GenericApplicationContext generic = (GenericApplicationContext) ctx;
                  generic.registerBean(
                      "testClock",
                      Clock.class,
                      () -> clock,
                      definition -> definition.setPrimary(true));
                  generic.registerBean(
                      "testHostResolver",
                      HostResolver.class,
                      TestHostResolver::new,
                      definition -> definition.setPrimary(true));
                  generic.registerBean("testChannel", NotificationChannel.class, TestChannel::new);
                  generic.registerBean("testDefect", TestDefect.class, TestDefect::new);
                })
            .run("--server.port=0");
    return new RunningServer(context, clock, mail);
  }

  /**
   * The node id of the server on {@code database} ({@code accordo.node-id}): {@code test-h2},
   * {@code test-postgresql}.
   */
  public static String nodeId(TestDatabase database) {
    return "test-" + database.name().toLowerCase(Locale.ROOT);
  }

  public Api api() {
    return api;
  }

  /** The server's address, such as {@code http://localhost:41234}. */
  public String baseUrl() {
    return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  public SettableClock clock() {
    return clock;
  }

  /** The SMTP server (GreenMail) the server under test sends its e-mails to. */
  public GreenMail mail() {
    return mail;
  }

  /**
   * A bean of the server, for work the API does not offer (e.g. the clock rebuild of the command
   * line).
   */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Direct access to the server's database, to check what was (not) stored. */
  public JdbcClient jdbc() {
    return JdbcClient.create(context.getBean(DataSource.class));
  }
}
