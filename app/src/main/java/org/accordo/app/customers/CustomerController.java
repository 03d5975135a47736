package org.accordo.app.customers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers}. */
@RestController
class CustomerController {

  private final CustomerService customers;

  CustomerController(CustomerService customers) {
    this.customers = customers;
  }

  /** The body of a new customer; {@code time_zone} defaults to UTC. */
  record NewCustomer(String id, String name, String timeZone) {
    NewCustomer {
      id = Require.id(id, "id");
      name = Require.text(name, "name", 200);
      timeZone = timeZone == null ? "UTC" : Require.zone(timeZone, "time_zone").getId();
    }
  }

  /** The body of a change: every changeable field, as it should be from now on. */
  record CustomerChange(String name, String timeZone) {
    CustomerChange {
      name = Require.text(name, "name", 200);
      timeZone = Require.zone(timeZone, "time_zone").getId();
    }
  }

  /** A customer as the API shows it. */
  record CustomerView(
      String id, String name, String timeZone, Instant createdAt, Instant updatedAt) {
    static CustomerView of(Customer c) {
      return new CustomerView(c.id(), c.name(), c.timeZone().getId(), c.createdAt(), c.updatedAt());
    }
  }

  @PostMapping("/api/v1/customers")
  ResponseEntity<CustomerView> create(
      @AuthenticationPrincipal Caller caller, @RequestBody NewCustomer request) {
    Customer customer =
        customers.create(caller, request.id(), request.name(), ZoneId.of(request.timeZone()));
    return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id()))
        .body(CustomerView.of(customer));
  }

  @GetMapping("/api/v1/customers")
  Page<CustomerView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @RequestParam(required = false) String sort) {
    PageRequest request = PageRequest.of(page, size, sort, CustomerRepository.SORTS.keySet(), "id");
    return customers.page(caller, request).map(CustomerView::of);
  }

  @GetMapping("/api/v1/customers/{id}")
  CustomerView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return CustomerView.of(customers.get(caller, id));
  }

  @PutMapping("/api/v1/customers/{id}")
  CustomerView update(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody CustomerChange request) {
    return CustomerView.of(
        customers.update(caller, id, request.name(), ZoneId.of(request.timeZone())));
  }

  @DeleteMapping("/api/v1/customers/{id}")
  ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    customers.delete(caller, id);
    return ResponseEntity.noContent().build();
  }
}
