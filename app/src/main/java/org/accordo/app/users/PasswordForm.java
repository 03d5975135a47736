package org.accordo.app.users;

import java.util.Objects;

/**
 * The view model of the "choose your password" form.
 *
 * @param token the link's token, posted back with the form
 * @param name the name of the account's person, to greet them
 * @param problem what was wrong with the last try, or null
 */
public record PasswordForm(String token, String name, Problem problem) {

  /** What a chosen password can get wrong, each with its label. */
  public enum Problem {
    TOO_SHORT("page.password.short"),
    MISMATCH("page.password.mismatch");

    private final String labelKey;

    Problem(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  public PasswordForm {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(name, "name");
  }

  /** The first problem of a password and its repetition, or null when there is none. */
  static Problem problemOf(String password, String repeat, int minLength) {
    if (password == null || password.length() < minLength) {
      return Problem.TOO_SHORT;
    }
    return password.equals(repeat) ? null : Problem.MISMATCH;
  }
}
