package org.accordo.app.users;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Makes sure a person can get in on first start: with {@code ACCORDO_ADMIN_EMAIL} set and no
 * enabled admin account, that address's admin account is made and its one-time link printed (the
 * link is not stored, only its hash). {@code accordo users add --admin EMAIL} does the same by
 * hand.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

  private final People people;
  private final String email;
  private final PrintStream out;

  @Autowired
  FirstAdmin(People people, UserSettings settings) {
    this(people, settings.adminEmail(), System.out);
  }

  FirstAdmin(People people, String email, PrintStream out) {
    this.people = people;
    this.email = email == null ? "" : email.strip();
    this.out = out;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (email.isEmpty() || people.hasAdmin()) {
      return;
    }
    People.Invited admin;
    try {
      admin = people.addAdmin(email);
    } catch (UserExists disabledAdmin) {
      out.println(
          "Accordo: ACCORDO_ADMIN_EMAIL "
              + email
              + " has an account that is not an enabled admin; it was left as it is.");
      return;
    }
    out.println("Accordo made the admin account " + email + ". Choose its password (once, 48 h):");
    out.println();
    out.println("    " + admin.link());
    out.println();
  }
}
