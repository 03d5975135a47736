package org.accordo.app.users;

import java.util.Map;
import org.accordo.app.refusal.Unacceptable;

/**
 * The change would leave Accordo without an enabled admin account: the last admin is not demoted,
 * or nobody could invite, enable or promote anyone again.
 */
public final class LastAdminKept extends Unacceptable {

  public LastAdminKept(String userId) {
    super(
        "last-admin",
        "the account '" + userId + "' is the last enabled admin and stays admin",
        Map.of("user_id", userId));
  }
}
