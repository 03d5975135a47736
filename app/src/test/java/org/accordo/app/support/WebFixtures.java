package org.accordo.app.support;

import java.time.ZoneId;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.users.People;
import org.accordo.app.users.User;
import org.openqa.selenium.By;

/**
 * People made on a server under test (through its {@link People} facade, as an admin would invite
 * them), and signing them in with a {@link Browser}. E-mails are unique in the JVM.
 */
public final class WebFixtures {

  /** The password every fixture person chooses through their invitation link. */
  public static final String PASSWORD = "correct horse battery staple";

  /**
   * A person who can sign in.
   *
   * @param user their account
   * @param password their password
   */
  public record Person(User user, String password) {

    public String email() {
      return user.email();
    }
  }

  private final RunningServer server;

  public WebFixtures(RunningServer server) {
    this.server = server;
  }

  /** An invited person who has not chosen a password yet, and their one-time link. */
  public People.Invited invited(Role role, String customerId) {
    String email = ApiFixtures.uniqueId(role.id()) + "@example.com";
    return server
        .bean(People.class)
        .invite(
            Caller.SYSTEM,
            new People.Invitation(
                email, "Test " + role.id(), role, customerId, null, ZoneId.of("Europe/Rome")));
  }

  /** A person with {@link #PASSWORD}, set through their invitation link. */
  public Person person(Role role, String customerId) {
    People.Invited invited = invited(role, customerId);
    User user = server.bean(People.class).setPassword(tokenOf(invited.link()), PASSWORD);
    return new Person(user, PASSWORD);
  }

  /** The token of a one-time link ({@code .../password?token=...}). */
  public static String tokenOf(String link) {
    return link.substring(link.indexOf("token=") + "token=".length());
  }

  /** Signs {@code person} in through the sign-in page; the browser lands where it is sent. */
  public static void signIn(Browser browser, Person person) {
    signIn(browser, person.email(), person.password());
  }

  /** Fills and sends the sign-in form with {@code email} and {@code password}. */
  public static void signIn(Browser browser, String email, String password) {
    browser.go("/login").type("email", email).type("password", password);
    browser.submit(By.id("password"));
  }
}
