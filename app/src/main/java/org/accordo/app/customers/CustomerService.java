package org.accordo.app.customers;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.security.Caller;
import org.accordo.app.security.CustomerAdmission;
import org.accordo.app.security.Role;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers: admins create, change, disable, enable and delete them; every caller reads the
 * customers it may see (a customer token only its own; any other id is "not found", exactly like a
 * missing one). As {@link CustomerAdmission} it tells security that a disabled customer's tokens
 * are refused.
 */
@Service
public class CustomerService implements CustomerAdmission {

  private final CustomerRepository customers;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CustomerService(
      CustomerRepository customers, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
    this.customers = customers;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * @throws CustomerExists when the id is taken
   */
  @Transactional
  public Customer create(Caller caller, String id, String name, ZoneId timeZone) {
    caller.requireRole(Role.ADMIN);
    if (customers.exists(id)) {
      throw new CustomerExists(id);
    }
    Customer customer =
        new Customer(id, name, timeZone, CustomerState.ACTIVE, clock.instant(), null);
    customers.insert(customer);
    audit.record(caller, "customer.created", "customer", id, id, null);
    return customer;
  }

  /**
   * @throws CustomerNotVisible when there is no such customer or the caller may not see it
   */
  @Transactional(readOnly = true)
  public Customer get(Caller caller, String id) {
    return visible(caller, id);
  }

  /**
   * The customer with this id if the caller may see it: what every feature uses to resolve a
   * customer id from a request.
   *
   * @throws CustomerNotVisible when there is no such customer or the caller may not see it
   */
  @Transactional(readOnly = true)
  public Customer visible(Caller caller, String id) {
    if (!caller.sees(id)) {
      throw new CustomerNotVisible(id);
    }
    return customers.find(id).orElseThrow(() -> new CustomerNotVisible(id));
  }

  /**
   * Every customer the caller may see, by name (a customer user: its own), for choosing one in a
   * page's filter; an MSP has hundreds of customers at most, not millions.
   */
  @Transactional(readOnly = true)
  public List<Customer> all(Caller caller) {
    return customers.all(caller.customerScope().orElse(null));
  }

  @Transactional(readOnly = true)
  public Page<Customer> page(Caller caller, PageRequest request) {
    String scope = caller.customerScope().orElse(null);
    return Page.of(customers.page(scope, request), request, customers.count(scope));
  }

  /**
   * @throws CustomerNotVisible as {@link #get}
   */
  @Transactional
  public Customer update(Caller caller, String id, String name, ZoneId timeZone) {
    Customer current = visible(caller, id);
    caller.requireRole(Role.ADMIN);
    Customer changed =
        new Customer(id, name, timeZone, current.state(), current.createdAt(), clock.instant());
    customers.update(changed);
    audit.record(caller, "customer.updated", "customer", id, id, null);
    return changed;
  }

  /**
   * Disables a customer or enables it again (admin), audited as {@code customer.disabled} or {@code
   * customer.enabled}; {@link CustomerStateChanged} is published in the same transaction. Asking
   * for the state it is in changes nothing.
   *
   * @throws CustomerNotVisible as {@link #get}
   */
  @Transactional
  public Customer changeState(Caller caller, String id, CustomerState state) {
    Customer current = visible(caller, id);
    caller.requireRole(Role.ADMIN);
    if (current.state() == state) {
      return current;
    }
    Customer changed = current.in(state, clock.instant());
    customers.changeState(changed);
    String action = state == CustomerState.DISABLED ? "customer.disabled" : "customer.enabled";
    audit.record(caller, action, "customer", id, id, null);
    events.publishEvent(new CustomerStateChanged(id, state, changed.updatedAt()));
    return changed;
  }

  /** True unless the customer is disabled (a missing customer admits nobody). */
  @Override
  @Transactional(readOnly = true)
  public boolean admits(String customerId) {
    return customers.state(customerId).map(s -> s == CustomerState.ACTIVE).orElse(false);
  }

  /**
   * Deletes a customer that nothing refers to any more.
   *
   * @throws CustomerNotVisible as {@link #get}
   * @throws CustomerInUse while tokens, contracts, tickets or webhook subscriptions of the customer
   *     exist
   */
  @Transactional
  public void delete(Caller caller, String id) {
    visible(caller, id);
    caller.requireRole(Role.ADMIN);
    try {
      customers.delete(id);
    } catch (DataIntegrityViolationException e) {
      throw new CustomerInUse(id);
    }
    audit.record(caller, "customer.deleted", "customer", id, id, null);
  }
}
