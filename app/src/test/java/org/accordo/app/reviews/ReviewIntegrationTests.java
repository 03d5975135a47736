package org.accordo.app.reviews;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review schedule and the recording of reviews on each database, with the reference contract
 * ({@code review: { every: P6M, next: 2026-07-01, owner: account-manager }}) in force from
 * 2026-01-01; today is 2 March 2026 unless a test moves the clock.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ReviewIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  ReviewIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  @BeforeEach
  void setClock() {
    server.clock().set(RunningServer.START);
  }

  @Test
  void theScheduleComesFromTheContractInForceUntilAReviewAgreesALaterDate() {
    String customer = fixtures.customerWithContract("schedule");

    JsonNode schedule = schedule(customer, ADMIN);
    assertThat(schedule.path("today").asString()).isEqualTo("2026-03-02");
    assertThat(schedule.path("next").path("date").asString()).isEqualTo("2026-07-01");
    assertThat(schedule.path("next").path("source").asString()).isEqualTo("contract");
    assertThat(schedule.path("next").path("owner").asString()).isEqualTo("account-manager");
    assertThat(schedule.path("next").path("every").asString()).isEqualTo("P6M");
    assertThat(schedule.path("next").path("overdue").asBoolean()).isFalse();
    assertThat(schedule.path("held").size()).isZero();

    // an earlier date agreed does not bring the contract's forward
    Api.Response early =
        record(customer, fixtures.agentToken(), review("2026-03-01", "2026-05-01"));
    assertThat(early.status()).as("%s", early).isEqualTo(201);
    assertThat(early.header("Location"))
        .endsWith(
            "/api/v1/customers/" + customer + "/reviews/" + early.json().path("id").asString());
    assertThat(schedule(customer, ADMIN).path("next").path("date").asString())
        .isEqualTo("2026-07-01");

    Api.Response later = record(customer, ADMIN, review("2026-03-02", "2026-09-15"));
    assertThat(later.status()).as("%s", later).isEqualTo(201);
    JsonNode after = schedule(customer, ADMIN);
    assertThat(after.path("next").path("date").asString()).isEqualTo("2026-09-15");
    assertThat(after.path("next").path("source").asString()).isEqualTo("review");
    assertThat(after.path("next").path("owner").asString()).isEqualTo("account-manager");
    assertThat(after.path("held").valueStream().map(r -> r.path("held_on").asString()))
        .containsExactly("2026-03-02", "2026-03-01");
    JsonNode held = after.path("held").get(0);
    assertThat(held.path("outcome").asString()).isEqualTo("targets kept; budget discussed");
    assertThat(held.path("attendees").valueStream().map(JsonNode::asString))
        .containsExactly("Giulia Rossi", "Marco Bianchi");
    assertThat(held.path("contract_version").isNull()).isTrue();
  }

  @Test
  void aReviewPastItsDateIsOverdueUntilOneIsRecorded() {
    String customer = fixtures.customerWithContract("overdue");
    server.clock().set(Instant.parse("2026-07-05T08:00:00Z"));

    JsonNode overdue = schedule(customer, ADMIN).path("next");
    assertThat(overdue.path("overdue").asBoolean()).isTrue();
    assertThat(overdue.path("overdue_since").asString()).isEqualTo("2026-07-01");

    assertThat(record(customer, ADMIN, review("2026-07-03", "2027-01-10")).status()).isEqualTo(201);
    JsonNode next = schedule(customer, ADMIN).path("next");
    assertThat(next.path("overdue").asBoolean()).isFalse();
    assertThat(next.path("overdue_since").isNull()).isTrue();
    assertThat(next.path("date").asString()).isEqualTo("2027-01-10");
  }

  @Test
  void theMonthsStatementSaysTheReviewIsOverdueUntilOneIsHeld() {
    String customer = fixtures.customerWithContract("statement");
    server.clock().set(Instant.parse("2026-07-05T08:00:00Z"));
    String july = "/api/v1/customers/" + customer + "/statements/2026-07";

    assertThat(get(july + "?format=json", ADMIN).path("review_overdue_since").asString())
        .isEqualTo("2026-07-01");
    assertThat(text(july + "?format=md&lang=en"))
        .contains("overdue: it was due on 2026-07-01 and has not been held");
    assertThat(text(july + "?format=md&lang=it"))
        .contains("scaduta: era dovuta il 2026-07-01 e non");
    // a month whose instant is before the date says nothing of it
    JsonNode june = get("/api/v1/customers/" + customer + "/statements/2026-06?format=json", ADMIN);
    assertThat(june.has("review_overdue_since")).as("%s", june).isFalse();

    assertThat(record(customer, ADMIN, review("2026-07-03", "2027-01-10")).status()).isEqualTo(201);
    JsonNode held = get(july + "?format=json", ADMIN);
    assertThat(held.has("review_overdue_since")).as("%s", held).isFalse();
    assertThat(text(july + "?format=md&lang=en")).doesNotContain("overdue: it was due");
  }

  private String text(String path) {
    Api.Response response = api.get(path).token(ADMIN).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.body();
  }

  @Test
  void theAgreedChangesBecomeANewContractVersionDiffedAgainstTheOneBefore() {
    String customer = fixtures.customerWithContract("changes");
    Map<String, Object> body = review("2026-03-02", "2026-09-01");
    body.put("contract", proposedContract(customer));

    Api.Response recorded = record(customer, ADMIN, body);

    assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
    JsonNode review = recorded.json();
    assertThat(review.path("previous_version").asInt()).isEqualTo(1);
    assertThat(review.path("contract_version").asInt()).isEqualTo(2);
    assertThat(changes(review))
        .contains("changed slas[service-desk].metrics.resolution.P1.target 4h -> 3h");
    JsonNode read =
        get("/api/v1/customers/" + customer + "/reviews/" + review.path("id").asString(), ADMIN);
    assertThat(changes(read)).isEqualTo(changes(review));
    assertThat(get("/api/v1/customers/" + customer + "/contracts", ADMIN).size()).isEqualTo(2);
  }

  @Test
  void onlyStaffRecordAndNothingIsStoredWhenAnyPartIsRefused() {
    String customer = fixtures.customerWithContract("roles");
    String own = fixtures.customerToken(customer);
    String agent = fixtures.agentToken();
    Map<String, Object> withContract = review("2026-03-02", "2026-09-01");
    withContract.put("contract", proposedContract(customer));

    assertProblem(record(customer, own, review("2026-03-02", "2026-09-01")), 403);
    assertProblem(record(customer, own, withContract), 403);
    // an agent records, but uploading a contract takes an admin, as every upload does
    assertProblem(record(customer, agent, withContract), 403);
    Map<String, Object> unreadable = review("2026-03-02", "2026-09-01");
    unreadable.put("contract", "contract: [");
    assertProblem(record(customer, ADMIN, unreadable), 422);
    assertInvalidField(record(customer, ADMIN, review("2026-03-02", "2026-03-02")), "next_review");
    assertInvalidField(record(customer, ADMIN, review("2026-03-03", "2026-09-01")), "held_on");
    Map<String, Object> nobody = review("2026-03-02", "2026-09-01");
    nobody.put("attendees", List.of());
    assertInvalidField(record(customer, ADMIN, nobody), "attendees");
    Map<String, Object> blank = review("2026-03-02", "2026-09-01");
    blank.put("attendees", List.of("Giulia", " "));
    assertInvalidField(record(customer, ADMIN, blank), "attendees[1]");
    Map<String, Object> silent = review("2026-03-02", "2026-09-01");
    silent.remove("outcome");
    assertInvalidField(record(customer, ADMIN, silent), "outcome");

    assertThat(schedule(customer, ADMIN).path("held").size()).isZero();
    assertThat(get("/api/v1/customers/" + customer + "/contracts", ADMIN).size()).isEqualTo(1);
  }

  @Test
  void aCustomerReadsItsOwnReviewsAndAnotherCustomersAnswerLikeMissingOnes() {
    String customer = fixtures.customerWithContract("scoped");
    String id =
        record(customer, ADMIN, review("2026-03-02", "2026-09-01")).json().path("id").asString();
    String own = fixtures.customerToken(customer);
    String stranger = fixtures.customerToken(fixtures.customerWithContract("stranger"));

    assertThat(schedule(customer, own).path("held").size()).isEqualTo(1);
    assertThat(
            get("/api/v1/customers/" + customer + "/reviews/" + id, own).path("outcome").asString())
        .isEqualTo("targets kept; budget discussed");
    Api.Response theirs =
        api.get("/api/v1/customers/" + customer + "/reviews").token(stranger).send();
    Api.Response missing =
        api.get("/api/v1/customers/no-such-customer/reviews").token(stranger).send();
    assertThat(assertProblem(theirs, 404).path("detail").asString())
        .isEqualTo(
            assertProblem(missing, 404)
                .path("detail")
                .asString()
                .replace("no-such-customer", customer));
    assertProblem(
        api.get("/api/v1/customers/" + customer + "/reviews/" + id).token(stranger).send(), 404);
    assertProblem(record(customer, stranger, review("2026-03-02", "2026-09-01")), 404);
    assertProblem(
        api.get("/api/v1/customers/" + customer + "/reviews/no-such-review").token(ADMIN).send(),
        404);
    assertThat(schedule(customer, ADMIN).path("held").size()).isEqualTo(1);
  }

  /** The reference contract for the customer with P1 resolution tightened from 4 h to 3 h. */
  private static String proposedContract(String customer) {
    String current = ApiFixtures.contract(customer + "-contract", "{ from: 2026-01-01 }");
    String proposed = current.replace("P1: { target: 4h", "P1: { target: 3h");
    assertThat(proposed).isNotEqualTo(current);
    return proposed;
  }

  private static Map<String, Object> review(String heldOn, String nextReview) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("held_on", heldOn);
    body.put("outcome", "targets kept; budget discussed");
    body.put("attendees", List.of("Giulia Rossi", "Marco Bianchi"));
    body.put("next_review", nextReview);
    return body;
  }

  private Api.Response record(String customer, String token, Map<String, Object> body) {
    return api.post("/api/v1/customers/" + customer + "/reviews")
        .token(token)
        .json(JSON.writeValueAsString(body))
        .send();
  }

  private JsonNode schedule(String customer, String token) {
    return get("/api/v1/customers/" + customer + "/reviews", token);
  }

  private JsonNode get(String path, String token) {
    Api.Response response = api.get(path).token(token).send();
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static List<String> changes(JsonNode review) {
    return review
        .path("changes")
        .valueStream()
        .map(
            c ->
                c.path("kind").asString()
                    + " "
                    + c.path("path").asString()
                    + " "
                    + c.path("before").asString()
                    + " -> "
                    + c.path("after").asString())
        .toList();
  }
}
