package org.accordo.app.customers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers}. */
@Tag(name = "Customers", description = "The MSP's customers (client companies)")
@RestController
class CustomerController {

  private final CustomerService customers;

  CustomerController(CustomerService customers) {
    this.customers = customers;
  }

  /** The body of a new customer; {@code time_zone} defaults to UTC. */
  record NewCustomer(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "Chosen once: 1 to 64 of a-z 0-9 _ -, starting with a letter or digit",
              example = "bianchi")
          String id,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              maxLength = 200,
              example = "Ferramenta Bianchi Srl")
          String name,
      @Schema(description = "IANA time zone id; default UTC", example = "Europe/Rome")
          String timeZone) {
    NewCustomer {
      id = Require.id(id, "id");
      name = Require.text(name, "name", 200);
      timeZone = timeZone == null ? "UTC" : Require.zone(timeZone, "time_zone").getId();
    }
  }

  /** The body of a change: every changeable field, as it should be from now on. */
  record CustomerChange(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "IANA time zone id",
              example = "Europe/Rome")
          String timeZone) {
    CustomerChange {
      name = Require.text(name, "name", 200);
      timeZone = Require.zone(timeZone, "time_zone").getId();
    }
  }

  /** The body of a state change: {@code {"state": "disabled"}} or {@code "active"}. */
  record CustomerStatePatch(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"active", "disabled"},
              description =
                  "disabled: its people and tokens are refused and its monitors check nothing;"
                      + " active: served again")
          String state) {
    CustomerStatePatch {
      Require.present(state, "state");
    }

    CustomerState parsed() {
      return CustomerState.of(state)
          .orElseThrow(
              () -> new InvalidField("state", "must be active or disabled, was '" + state + "'"));
    }
  }

  /** A customer as the API shows it. */
  record CustomerView(
      String id,
      String name,
      String timeZone,
      @Schema(allowableValues = {"active", "disabled"}) String state,
      Instant createdAt,
      Instant updatedAt) {
    static CustomerView of(Customer c) {
      return new CustomerView(
          c.id(), c.name(), c.timeZone().getId(), c.state().id(), c.createdAt(), c.updatedAt());
    }
  }

  @Operation(operationId = "createCustomer", summary = "Create a customer (admin)")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @ApiResponse(responseCode = "409", description = "The id is taken")
  @PostMapping("/api/v1/customers")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<CustomerView> create(
      @AuthenticationPrincipal Caller caller, @RequestBody NewCustomer request) {
    Customer customer =
        customers.create(caller, request.id(), request.name(), ZoneId.of(request.timeZone()));
    return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id()))
        .body(CustomerView.of(customer));
  }

  @Operation(
      operationId = "listCustomers",
      summary = "List the customers the token may see (a customer token: its own)")
  @GetMapping("/api/v1/customers")
  Page<CustomerView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"id", "-id", "name", "-name", "created_at", "-created_at"},
                      defaultValue = "id"))
          @RequestParam(required = false)
          String sort) {
    PageRequest request = PageRequest.of(page, size, sort, CustomerRepository.SORTS.keySet(), "id");
    return customers.page(caller, request).map(CustomerView::of);
  }

  @Operation(operationId = "getCustomer", summary = "Read a customer")
  @GetMapping("/api/v1/customers/{id}")
  CustomerView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return CustomerView.of(customers.get(caller, id));
  }

  @Operation(
      operationId = "updateCustomer",
      summary = "Change a customer's name and time zone (admin); the id never changes")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @PutMapping("/api/v1/customers/{id}")
  @ResponseStatus(HttpStatus.OK)
  CustomerView update(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody CustomerChange request) {
    return CustomerView.of(
        customers.update(caller, id, request.name(), ZoneId.of(request.timeZone())));
  }

  @Operation(
      operationId = "changeCustomerState",
      summary =
          "Disable a customer (its people and tokens refused, its monitors stopped) or enable it"
              + " again (admin)")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @PatchMapping("/api/v1/customers/{id}")
  @ResponseStatus(HttpStatus.OK)
  CustomerView changeState(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody CustomerStatePatch request) {
    return CustomerView.of(customers.changeState(caller, id, request.parsed()));
  }

  @Operation(
      operationId = "deleteCustomer",
      summary = "Delete a customer that nothing refers to any more (admin)")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @ApiResponse(
      responseCode = "409",
      description = "Tokens, contracts, tickets or webhook subscriptions still refer to it")
  @DeleteMapping("/api/v1/customers/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    customers.delete(caller, id);
    return ResponseEntity.noContent().build();
  }
}
