package org.accordo.app.rca;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/rcas}: the root cause analyses owed, their record, delivery and the customer's
 * answer.
 */
@Tag(name = "Root cause analyses", description = "RCA obligations, records and their states")
@RestController
class RcaController {

  private final Rcas rcas;
  private final Clock clock;

  RcaController(Rcas rcas, Clock clock) {
    this.rcas = rcas;
    this.clock = clock;
  }

  /** A threshold of the RCA's clock: due at its instant, recorded once when passed. */
  record ThresholdView(
      @Schema(allowableValues = {"escalation", "breach"}) String kind,
      BigDecimal atFraction,
      String level,
      Instant dueAt,
      Instant recordedAt) {
    static ThresholdView of(RcaThreshold t) {
      return new ThresholdView(t.kind(), t.atFraction(), t.level(), t.dueAt(), t.recordedAt());
    }
  }

  /** An RCA as the API shows it (a customer token: without internal notes). */
  record RcaView(
      String id,
      String customerId,
      @Schema(allowableValues = {"draft", "delivered", "accepted", "disputed"}) String state,
      @Schema(allowableValues = {"resolution", "breach"}) String openedBy,
      String priority,
      String calendar,
      Instant openedAt,
      Instant dueAt,
      @Schema(description = "the due instant, once passed before delivery; else null")
          Instant breachedAt,
      Instant deliveredAt,
      Instant answeredAt,
      List<String> tickets,
      String summary,
      String rootCause,
      List<RcaBody.TimelineEntry> timeline,
      List<String> contributingFactors,
      List<RcaBody.Action> actions,
      List<RcaBody.Note> notes,
      @Schema(description = "the customer's reason for a dispute, or note on acceptance")
          String answer,
      List<ThresholdView> thresholds) {
    static RcaView of(Rca r, List<RcaThreshold> thresholds, Instant now) {
      return new RcaView(
          r.id(),
          r.customerId(),
          r.state().id(),
          r.openedBy().id(),
          r.priority(),
          r.calendar(),
          r.openedAt(),
          r.dueAt(),
          r.breachedAt(now),
          r.deliveredAt(),
          r.answeredAt(),
          r.tickets(),
          r.summary(),
          r.rootCause(),
          r.body().timeline(),
          r.body().contributingFactors(),
          r.body().actions(),
          r.body().notes(),
          r.answer(),
          thresholds.stream().map(ThresholdView::of).toList());
    }
  }

  /** The body of {@code PUT /api/v1/rcas/{id}}: the whole record of a draft. */
  record RcaRecord(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String summary,
      @Schema(maxLength = 4000) String rootCause,
      List<RcaBody.TimelineEntry> timeline,
      List<String> contributingFactors,
      List<RcaBody.Action> actions,
      List<RcaBody.Note> notes) {

    Rcas.Draft draft() {
      String s = Require.text(summary, "summary", 2000);
      String cause = rootCause == null ? null : Require.text(rootCause, "root_cause", 4000);
      return new Rcas.Draft(
          s,
          cause,
          new RcaBody(
              items(timeline, "timeline", RcaRecord::timelineEntry),
              items(
                  contributingFactors,
                  "contributing_factors",
                  (f, at) -> Require.text(f, at, 1000)),
              items(actions, "actions", RcaRecord::action),
              items(notes, "notes", RcaRecord::note)));
    }

    static RcaBody.TimelineEntry timelineEntry(RcaBody.TimelineEntry e, String at) {
      Require.present(e, at);
      Require.present(e.at(), at + ".at");
      return new RcaBody.TimelineEntry(e.at(), Require.text(e.what(), at + ".what", 1000));
    }

    static RcaBody.Action action(RcaBody.Action a, String at) {
      Require.present(a, at);
      Require.present(a.kind(), at + ".kind");
      Require.present(a.state(), at + ".state");
      Require.supportedDate(Require.present(a.due(), at + ".due"), at + ".due");
      return new RcaBody.Action(
          a.kind(),
          Require.text(a.description(), at + ".description", 1000),
          Require.text(a.owner(), at + ".owner", 200),
          a.due(),
          a.state());
    }

    static RcaBody.Note note(RcaBody.Note n, String at) {
      Require.present(n, at);
      Require.present(n.visibility(), at + ".visibility");
      return new RcaBody.Note(n.visibility(), Require.text(n.text(), at + ".text", 1000));
    }

    private static <T> List<T> items(
        List<T> list, String field, java.util.function.BiFunction<T, String, T> check) {
      if (list == null) {
        return List.of();
      }
      if (list.size() > 100) {
        throw new InvalidField(field, "holds at most 100 items, had " + list.size());
      }
      return java.util.stream.IntStream.range(0, list.size())
          .mapToObj(i -> check.apply(list.get(i), field + "[" + i + "]"))
          .toList();
    }
  }

  /** The body of {@code POST /api/v1/rcas/{id}/tickets}. */
  record NewRcaTicket(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String ticketId) {}

  /** The body of {@code POST /api/v1/rcas/{id}/answer}. */
  record NewAnswer(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"accepted", "disputed"})
          String outcome,
      @Schema(maxLength = 2000, description = "why; required for a dispute") String reason) {}

  @Operation(operationId = "listRcas", summary = "List the root cause analyses the token may see")
  @GetMapping("/api/v1/rcas")
  Page<RcaView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @Parameter(schema = @Schema(allowableValues = {"draft", "delivered", "accepted", "disputed"}))
          @RequestParam(required = false)
          String state,
      @Parameter(
              description = "RCAs due before this instant",
              schema = @Schema(format = "date-time"))
          @RequestParam(name = "due_before", required = false)
          String dueBefore,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"due_at", "-due_at", "opened_at", "-opened_at"},
                      defaultValue = "due_at"))
          @RequestParam(required = false)
          String sort) {
    RcaRepository.Filter filter =
        new RcaRepository.Filter(
            customerId == null ? null : Require.id(customerId, "customer_id"),
            state == null
                ? null
                : RcaState.fromId(state)
                    .orElseThrow(
                        () ->
                            new InvalidField(
                                "state", "must be draft, delivered, accepted or disputed")),
            Require.optionalInstant(dueBefore, "due_before"));
    PageRequest request = PageRequest.of(page, size, sort, RcaRepository.SORTS.keySet(), "due_at");
    Instant now = clock.instant();
    return rcas.page(caller, filter, request).map(r -> RcaView.of(r, List.of(), now));
  }

  @Operation(operationId = "getRca", summary = "A root cause analysis with its clock's thresholds")
  @GetMapping("/api/v1/rcas/{id}")
  RcaView get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return view(rcas.get(caller, id));
  }

  @Operation(operationId = "writeRca", summary = "Write the record of a draft RCA (staff)")
  @ApiResponse(responseCode = "403", description = "A customer token")
  @ApiResponse(responseCode = "409", description = "Not a draft")
  @PutMapping("/api/v1/rcas/{id}")
  @ResponseStatus(HttpStatus.OK)
  RcaView write(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody RcaRecord record) {
    return view(rcas.write(caller, id, record.draft()));
  }

  @Operation(
      operationId = "addRcaTicket",
      summary = "Add a ticket of the same customer to a draft RCA (staff)")
  @ApiResponse(responseCode = "403", description = "A customer token")
  @ApiResponse(responseCode = "409", description = "Not a draft, or the ticket has an RCA")
  @PostMapping("/api/v1/rcas/{id}/tickets")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<RcaView> addTicket(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody NewRcaTicket request) {
    String ticketId = Require.text(request.ticketId(), "ticket_id", 40);
    return ResponseEntity.created(URI.create("/api/v1/rcas/" + id))
        .body(view(rcas.addTicket(caller, id, ticketId)));
  }

  @Operation(
      operationId = "deliverRca",
      summary = "Deliver a draft RCA to the customer: its clock stops (staff)")
  @ApiResponse(responseCode = "403", description = "A customer token")
  @ApiResponse(responseCode = "409", description = "Not a draft")
  @PostMapping("/api/v1/rcas/{id}/delivery")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<RcaView> deliver(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return ResponseEntity.created(URI.create("/api/v1/rcas/" + id))
        .body(view(rcas.deliver(caller, id)));
  }

  @Operation(
      operationId = "answerRca",
      summary = "Accept or dispute a delivered RCA (the customer's token)")
  @ApiResponse(responseCode = "403", description = "A staff token: the answer is the customer's")
  @ApiResponse(responseCode = "409", description = "Not delivered, or answered already")
  @PostMapping("/api/v1/rcas/{id}/answer")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<RcaView> answer(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody NewAnswer request) {
    RcaState outcome =
        RcaState.fromId(Require.present(request.outcome(), "outcome"))
            .filter(s -> s == RcaState.ACCEPTED || s == RcaState.DISPUTED)
            .orElseThrow(() -> new InvalidField("outcome", "must be accepted or disputed"));
    String reason =
        outcome == RcaState.DISPUTED
            ? Require.text(request.reason(), "reason", 2000)
            : Require.optionalText(request.reason(), "reason", 2000);
    return ResponseEntity.created(URI.create("/api/v1/rcas/" + id))
        .body(view(rcas.answer(caller, id, new Rcas.Answer(outcome, reason))));
  }

  @Operation(
      operationId = "getRcaDocument",
      summary = "The RCA as the document delivered: HTML or PDF, in English or Italian")
  @GetMapping(
      path = "/api/v1/rcas/{id}/document",
      produces = {"text/html", "application/pdf"})
  ResponseEntity<byte[]> document(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"html", "pdf"},
                      defaultValue = "html"))
          @RequestParam(required = false)
          String format,
      @Parameter(
              schema =
                  @Schema(
                      allowableValues = {"en", "it"},
                      defaultValue = "en"))
          @RequestParam(required = false)
          String language) {
    boolean pdf = "pdf".equals(format);
    if (format != null && !pdf && !"html".equals(format)) {
      throw new InvalidField("format", "must be html or pdf");
    }
    DocumentLanguage lang =
        language == null
            ? DocumentLanguage.EN
            : DocumentLanguage.fromCode(language)
                .orElseThrow(() -> new InvalidField("language", "must be en or it"));
    byte[] document = rcas.document(caller, id, lang, pdf ? Rcas.Format.PDF : Rcas.Format.HTML);
    return ResponseEntity.ok()
        .contentType(
            pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType("text/html;charset=UTF-8"))
        .body(document);
  }

  private RcaView view(Rcas.Seen seen) {
    return RcaView.of(seen.rca(), seen.thresholds(), clock.instant());
  }
}
