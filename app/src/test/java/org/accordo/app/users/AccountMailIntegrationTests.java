package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accordo.app.security.Role;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.PageClient;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.WebFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Invitations and password resets reach people by e-mail through the notifications outbox (a real
 * SMTP server, GreenMail), on both databases; "forgot password" answers the same whether the
 * address has an account or not, and mails only the one that has; the links never show in the API's
 * list of notifications and are cleared from the outbox once delivered.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class AccountMailIntegrationTests {

  private final RunningServer server;
  private final WebFixtures people;

  AccountMailIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.people = new WebFixtures(server);
  }

  @Test
  void mailsAnInvitationWhoseLinkSetsThePassword() throws Exception {
    People.Invited invited = people.invited(Role.AGENT, null);

    MimeMessage mail = awaitMailTo(invited.user().email());

    assertThat(mail.getSubject()).isEqualTo("Your Accordo account");
    String text = mail.getContent().toString();
    assertThat(text).contains("Hello Test agent", invited.link(), "works once");
    server.bean(People.class).setPassword(WebFixtures.tokenOf(invited.link()), "a long password!");
    PageClient client = new PageClient(server);
    assertThat(
            client
                .signIn(invited.user().email(), "a long password!")
                .headers()
                .firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).doesNotContain("failed"));
  }

  @Test
  void answersForgotPasswordAlikeAndMailsOnlyAKnownAddress() throws Exception {
    WebFixtures.Person known = people.person(Role.AGENT, null);
    String unknown = ApiFixtures.uniqueId("nobody") + "@example.com";
    PageClient client = new PageClient(server);

    client.get("/password/forgot");
    HttpResponse<String> forKnown = client.post("/password/forgot", Map.of("email", known.email()));
    client.get("/password/forgot");
    HttpResponse<String> forUnknown = client.post("/password/forgot", Map.of("email", unknown));

    assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(200);
    assertThat(forKnown.body()).isEqualTo(forUnknown.body());
    MimeMessage reset = awaitMailTo(known.email(), "Choose a new Accordo password");
    assertThat(mailsTo(unknown)).isEmpty();
    String link =
        reset
            .getContent()
            .toString()
            .lines()
            .filter(l -> l.contains("/password?token="))
            .findFirst()
            .orElseThrow()
            .strip();
    server.bean(People.class).setPassword(WebFixtures.tokenOf(link), "another long password");
    assertThat(
            new PageClient(server)
                .signIn(known.email(), known.password())
                .headers()
                .firstValue("Location"))
        .as("the old password no longer works")
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login?failed"));
  }

  @Test
  void endsEveryOpenSessionOfAPersonWhosePasswordIsReset() throws Exception {
    WebFixtures.Person person = people.person(Role.AGENT, null);
    PageClient laptop = new PageClient(server);
    PageClient phone = new PageClient(server);
    laptop.signIn(person.email(), person.password());
    phone.signIn(person.email(), person.password());
    assertThat(laptop.get("/board").statusCode()).isEqualTo(200);

    server.bean(People.class).forgotten(person.email());
    String link =
        awaitMailTo(person.email(), "Choose a new Accordo password")
            .getContent()
            .toString()
            .lines()
            .filter(l -> l.contains("/password?token="))
            .findFirst()
            .orElseThrow()
            .strip();
    server.bean(People.class).setPassword(WebFixtures.tokenOf(link), "a brand new password");

    for (PageClient client : new PageClient[] {laptop, phone}) {
      HttpResponse<String> next = client.get("/board");
      assertThat(next.statusCode()).isEqualTo(302);
      assertThat(next.headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
  }

  @Test
  void keepsAccountMailOutOfTheNotificationsListAndClearsItsLinkOnceDelivered() {
    People.Invited invited = people.invited(Role.AGENT, null);
    awaitMailTo(invited.user().email());

    String payload =
        Await.until(
            Duration.ofSeconds(20),
            () ->
                server
                    .jdbc()
                    .sql(
                        "SELECT payload FROM notification WHERE recipient = :to AND state = 'delivered'")
                    .param("to", invited.user().email())
                    .query(String.class)
                    .optional()
                    .orElse(""),
            p -> !p.isEmpty(),
            "the invitation delivered");
    assertThat(payload).isEqualTo("{}");
    String listed =
        server
            .api()
            .get("/api/v1/notifications?size=100")
            .token(RunningServer.ADMIN_TOKEN)
            .send()
            .body();
    assertThat(listed).doesNotContain(invited.user().email());
  }

  private MimeMessage awaitMailTo(String address) {
    return awaitMailTo(address, "Your Accordo account");
  }

  private MimeMessage awaitMailTo(String address, String subject) {
    return Await.until(
            Duration.ofSeconds(20),
            () -> mailsTo(address).stream().filter(m -> subjectOf(m).equals(subject)).toList(),
            list -> !list.isEmpty(),
            "mail to " + address + ": " + subject)
        .get(0);
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(server.mail().getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
