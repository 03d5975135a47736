package org.accordo.app.users;

import org.accordo.app.customers.CustomerState;
import org.accordo.app.customers.CustomerStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of a customer's people when the customer is disabled, in the transaction that
 * disables it: their next click, on any node, goes to the sign-in page, where they are refused
 * while it stays disabled ({@link PasswordLogin}).
 */
@Component
class CustomerSessions {

  private final UserRepository users;

  CustomerSessions(UserRepository users) {
    this.users = users;
  }

  @EventListener
  void customerStateChanged(CustomerStateChanged changed) {
    if (changed.state() == CustomerState.DISABLED) {
      users.endCustomerSessions(changed.customerId());
    }
  }
}
