package org.accordo.app.reviews;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractService;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.rca.Rca;
import org.accordo.app.rca.RcaBody;
import org.accordo.app.rca.Rcas;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.simulation.SimulationService;
import org.accordo.app.statements.Statements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers the review pack of a customer's months from the modules that own each number: the
 * statements (as they stand: stored, or computed now for the month in progress), the RCAs, the
 * linter and, with a proposed contract, the simulator. Staff and the customer's own users read it.
 */
@Service
public class ReviewPacks {

  /** The most months one pack covers. */
  static final int MAX_MONTHS = 24;

  private final CustomerService customers;
  private final Statements statements;
  private final Rcas rcas;
  private final ContractLibrary library;
  private final ContractService contracts;
  private final SimulationService simulations;
  private final Reviews reviews;
  private final JsonMapper json;
  private final Clock clock;

  ReviewPacks(
      CustomerService customers,
      Statements statements,
      Rcas rcas,
      ContractLibrary library,
      ContractService contracts,
      SimulationService simulations,
      Reviews reviews,
      JsonMapper json,
      Clock clock) {
    this.customers = customers;
    this.statements = statements;
    this.rcas = rcas;
    this.library = library;
    this.contracts = contracts;
    this.simulations = simulations;
    this.reviews = reviews;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The pack's months and, optionally, the proposed contract (YAML) of the what-if part.
   *
   * @throws InvalidField naming {@code to} when before {@code from}, in a month to come, or more
   *     than {@link #MAX_MONTHS} months after {@code from}
   */
  public record Question(YearMonth from, YearMonth to, Optional<String> proposed) {
    public Question {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(proposed, "proposed");
      if (to.isBefore(from)) {
        throw new InvalidField("to", to + " is before from (" + from + ")");
      }
      if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
        throw new InvalidField("to", "a pack covers at most " + MAX_MONTHS + " months");
      }
    }
  }

  @Transactional(readOnly = true)
  public ReviewPack pack(Caller caller, String customerId, Question question) {
    Customer customer = customers.visible(caller, customerId);
    LocalDate today = reviews.today(customer.timeZone());
    if (question.to().isAfter(YearMonth.from(today))) {
      throw new InvalidField("to", question.to() + " has not begun (today is " + today + ")");
    }
    StatementFigures figures = new StatementFigures();
    for (YearMonth m = question.from(); !m.isAfter(question.to()); m = m.plusMonths(1)) {
      YearMonth month = m;
      statements
          .json(caller, customerId, month)
          .ifPresent(text -> figures.add(month, json.readTree(text)));
    }
    LocalDate last =
        question.to().atEndOfMonth().isAfter(today) ? today : question.to().atEndOfMonth();
    Optional<ContractLibrary.LoadedContract> inForce = library.inForce(customerId, last);
    Optional<NextReview> next = reviews.next(customerId, today);
    return new ReviewPack(
        customerId,
        customer.name(),
        customer.timeZone().getId(),
        question.from(),
        question.to(),
        clock.instant(),
        figures.months(),
        inForce.map(ContractLibrary.LoadedContract::version).orElse(null),
        next.map(NextReview::date).orElse(null),
        next.filter(n -> n.overdueOn(today)).isPresent(),
        figures.compliance(),
        figures.breaches(),
        figures.downtime(),
        figures.availability(),
        figures.credits(),
        rcaLines(caller, customerId),
        findings(caller, customerId, inForce),
        question.proposed().map(p -> whatIf(caller, customerId, question, p)).orElse(null));
  }

  private List<ReviewPack.RcaLine> rcaLines(Caller caller, String customerId) {
    return rcas.ofCustomer(caller, customerId).stream().map(ReviewPacks::rcaLine).toList();
  }

  private static ReviewPack.RcaLine rcaLine(Rca r) {
    List<RcaBody.Action> actions = r.body().actions();
    return new ReviewPack.RcaLine(
        r.id(),
        r.state().id(),
        r.priority(),
        r.openedAt(),
        r.dueAt(),
        r.deliveredAt(),
        r.deliveredAt() != null && r.deliveredAt().isAfter(r.dueAt()),
        r.summary(),
        actions.size(),
        (int) actions.stream().filter(a -> a.state() == RcaBody.ActionState.DONE).count());
  }

  private List<ReviewPack.Lint> findings(
      Caller caller, String customerId, Optional<ContractLibrary.LoadedContract> inForce) {
    if (inForce.isEmpty()) {
      return List.of();
    }
    return contracts.findings(caller, customerId, inForce.get().version()).stream()
        .map(
            f ->
                new ReviewPack.Lint(
                    f.severity().label(), f.rule(), f.location().line(), f.message()))
        .toList();
  }

  private ReviewPack.WhatIf whatIf(
      Caller caller, String customerId, Question question, String proposed) {
    byte[] answer =
        simulations.simulate(
            caller,
            customerId,
            new SimulationService.Question(
                proposed,
                Optional.of(question.from()),
                Optional.of(question.to()),
                new BigDecimal("0.95")),
            SimulationService.Format.JSON);
    JsonNode totals = json.readTree(new String(answer, StandardCharsets.UTF_8)).path("totals");
    return new ReviewPack.WhatIf(side(totals.path("current")), side(totals.path("proposed")));
  }

  private static ReviewPack.WhatIf.Side side(JsonNode side) {
    JsonNode credits = side.path("credits");
    return new ReviewPack.WhatIf.Side(
        side.path("met").asInt(),
        side.path("breached").asInt(),
        side.path("compliance").isNumber() ? side.path("compliance").decimalValue() : null,
        credits.isObject() ? money(credits) : null);
  }

  /** {@code 48.00 EUR}: the amount with its currency's scale, as the statements write it. */
  private static String money(JsonNode money) {
    String currency = money.path("currency").asString();
    int scale;
    try {
      scale = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException notIso) {
      scale = 2;
    }
    return money
            .path("amount")
            .decimalValue()
            .setScale(scale, java.math.RoundingMode.HALF_EVEN)
            .toPlainString()
        + " "
        + currency;
  }

  /** The figures of the months' statement JSON, gathered month by month. */
  private static final class StatementFigures {
    private final List<YearMonth> months = new ArrayList<>();
    private final List<JsonNode> documents = new ArrayList<>();

    void add(YearMonth month, JsonNode statement) {
      months.add(month);
      documents.add(statement);
    }

    List<YearMonth> months() {
      return months;
    }

    List<ReviewPack.Compliance> compliance() {
      return PackFigures.compliance(documents);
    }

    List<ReviewPack.Breaches> breaches() {
      return PackFigures.breaches(documents);
    }

    List<ReviewPack.Downtime> downtime() {
      return PackFigures.downtime(documents);
    }

    List<ReviewPack.Availability> availability() {
      return PackFigures.availability(months, documents);
    }

    List<ReviewPack.Credits> credits() {
      return PackFigures.credits(months, documents);
    }
  }
}
