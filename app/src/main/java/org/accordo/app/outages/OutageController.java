package org.accordo.app.outages;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.accordo.core.availability.OutageCause;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers/{customerId}/outages}: record, list, read, close and reclassify outages;
 * {@code .../outages/import}: a CSV upload; {@code .../maintenance}: a maintenance window announced
 * ahead.
 */
@Tag(name = "Outages", description = "Outages and maintenance windows of a customer's services")
@RestController
class OutageController {

  static final String BASE = "/api/v1/customers/{customerId}";

  private final Outages outages;
  private final MaintenanceAnnouncements announcements;
  private final OutageImports imports;

  OutageController(Outages outages, MaintenanceAnnouncements announcements, OutageImports imports) {
    this.outages = outages;
    this.announcements = announcements;
    this.imports = imports;
  }

  /** The body of a new outage; {@code to} null while it goes on. */
  record NewOutage(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String service,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String from,
      @Schema(format = "date-time") String to,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String cause,
      String note,
      @Schema(format = "date-time") String announcedAt,
      String evidence) {
    NewOutage {
      service = Require.text(service, "service", 100);
      Require.instant(from, "from");
      Require.optionalInstant(to, "to");
      OutageController.cause(cause, "cause");
      note = Require.optionalText(note, "note", 2000);
      Require.optionalInstant(announcedAt, "announced_at");
      evidence = Require.optionalText(evidence, "evidence", 4000);
    }
  }

  /**
   * A change of an outage: {@code to} closes an ongoing one; {@code cause} with {@code reason}
   * reclassifies it (admins).
   */
  @Schema(minProperties = 1)
  record OutageUpdate(
      @Schema(format = "date-time") String to, String cause, String reason, String evidence) {
    OutageUpdate {
      Require.optionalInstant(to, "to");
      if (cause != null) {
        OutageController.cause(cause, "cause");
      }
      reason = Require.optionalText(reason, "reason", 1000);
      evidence = Require.optionalText(evidence, "evidence", 4000);
      if (to == null && cause == null) {
        throw new InvalidField(
            "body", "give to (to close the outage) or cause and reason (to reclassify it)");
      }
      if (cause != null && reason == null) {
        throw new InvalidField("reason", "is required to reclassify an outage");
      }
    }
  }

  /** A maintenance window to announce. */
  record NewMaintenance(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String service,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String from,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String to,
      String note) {
    NewMaintenance {
      service = Require.text(service, "service", 100);
      Require.instant(from, "from");
      Require.instant(to, "to");
      note = Require.optionalText(note, "note", 2000);
    }
  }

  @Operation(
      operationId = "recordOutage",
      summary = "Record an outage (staff), ongoing while to is null")
  @PostMapping(BASE + "/outages")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<OutageView> record(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestBody NewOutage request) {
    RecordedOutage outage =
        outages.open(
            caller,
            new Outages.Opening(
                customerId,
                request.service(),
                Require.instant(request.from(), "from"),
                Require.optionalInstant(request.to(), "to"),
                cause(request.cause(), "cause"),
                request.note(),
                Require.optionalInstant(request.announcedAt(), "announced_at"),
                request.evidence()));
    return ResponseEntity.created(
            URI.create("/api/v1/customers/" + customerId + "/outages/" + outage.id()))
        .body(OutageView.of(outage, null));
  }

  @Operation(
      operationId = "listOutages",
      summary = "List the customer's outages and maintenance windows")
  @GetMapping(BASE + "/outages")
  Page<OutageView> list(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestParam(required = false) String service,
      @RequestParam(required = false) String cause,
      @RequestParam(required = false) String ongoing,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
      @RequestParam(required = false) String sort) {
    OutageRepository.Filter filter =
        new OutageRepository.Filter(
            Require.optionalText(service, "service", 100),
            cause == null ? null : cause(cause, "cause"),
            ongoing == null ? null : bool(ongoing, "ongoing"),
            Require.optionalInstant(from, "from"),
            Require.optionalInstant(until, "until"));
    PageRequest request =
        PageRequest.of(page, size, sort, OutageRepository.SORTS.keySet(), "-from");
    return outages.page(caller, customerId, filter, request).map(o -> OutageView.of(o, null));
  }

  @Operation(operationId = "getOutage", summary = "Read an outage with the history of its changes")
  @GetMapping(BASE + "/outages/{outageId}")
  OutageView get(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String outageId) {
    Outages.WithHistory found = outages.get(caller, customerId, outageId);
    return OutageView.of(found.outage(), found.history());
  }

  @Operation(
      operationId = "changeOutage",
      summary = "Close an ongoing outage, or reclassify its cause with a reason (admin)")
  @PatchMapping(BASE + "/outages/{outageId}")
  OutageView change(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String outageId,
      @RequestBody OutageUpdate request) {
    if (request.cause() != null) {
      outages.reclassify(
          caller, customerId, outageId, cause(request.cause(), "cause"), request.reason());
    }
    if (request.to() != null) {
      outages.close(
          caller, customerId, outageId, Require.instant(request.to(), "to"), request.evidence());
    }
    Outages.WithHistory found = outages.get(caller, customerId, outageId);
    return OutageView.of(found.outage(), found.history());
  }

  @Operation(
      operationId = "announceMaintenance",
      summary = "Announce a maintenance window; the customer's contacts are told")
  @PostMapping(BASE + "/maintenance")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> announce(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestBody NewMaintenance request) {
    MaintenanceAnnouncements.Announced announced =
        announcements.announce(
            caller,
            new MaintenanceAnnouncements.Maintenance(
                customerId,
                request.service(),
                Require.instant(request.from(), "from"),
                Require.instant(request.to(), "to"),
                request.note()));
    return Map.of(
        "outage", OutageView.of(announced.outage(), null),
        "notice_seconds", announced.notice().toSeconds(),
        "announced_in_time", announced.inTime());
  }

  /** The answer of an upload: what it created, what was there already, every bad line. */
  record ImportView(
      int created, int alreadyRecorded, long refusedLines, List<Map<String, Object>> errors) {}

  @Operation(
      operationId = "uploadOutages",
      summary = "Upload outages as CSV, all or nothing by default; answers what it created (200)")
  @PostMapping(path = BASE + "/outages/import", consumes = "text/csv")
  ImportView upload(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestParam(required = false) String lines,
      InputStream body)
      throws IOException {
    OutageImports.Imported imported = imports.upload(caller, customerId, body, mode(lines));
    return new ImportView(
        imported.created(),
        imported.alreadyRecorded(),
        imported.refusedLines(),
        imported.refused().stream()
            .map(r -> Map.<String, Object>of("line", r.number(), "message", r.problem()))
            .toList());
  }

  private static OutageImports.Mode mode(String lines) {
    if (lines == null || lines.equals("all")) {
      return OutageImports.Mode.ALL;
    }
    if (lines.equals("valid")) {
      return OutageImports.Mode.VALID;
    }
    throw new InvalidField(
        "lines",
        "must be all (the default: one bad line and nothing is stored) or valid (store the good"
            + " lines)");
  }

  static OutageCause cause(String value, String field) {
    Require.present(value, field);
    return OutageCause.fromId(value)
        .orElseThrow(
            () ->
                new InvalidField(
                    field,
                    "'"
                        + printable(value)
                        + "' is not a cause; use one of "
                        + String.join(", ", OutageCause.ids())));
  }

  private static Boolean bool(String value, String field) {
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidField(field, "must be true or false");
    };
  }

  private static String printable(String value) {
    String clean = value.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
  }

  /** An outage as the API shows it; {@code history} only when one outage is read. */
  record OutageView(
      String id,
      String customerId,
      String service,
      Instant from,
      Instant to,
      boolean ongoing,
      String cause,
      String note,
      Instant announcedAt,
      String kind,
      Instant recordedAt,
      String recordedBy,
      Instant updatedAt,
      List<ChangeView> history) {

    static OutageView of(RecordedOutage o, List<OutageChange> history) {
      return new OutageView(
          o.id(),
          o.customerId(),
          o.service(),
          o.from(),
          o.to(),
          o.ongoing(),
          o.cause().id(),
          o.note(),
          o.announcedAt(),
          o.kind().id(),
          o.recordedAt(),
          o.recordedBy(),
          o.updatedAt(),
          history == null ? null : history.stream().map(ChangeView::of).toList());
    }
  }

  /** One step of an outage's history. */
  record ChangeView(
      int seq,
      String change,
      Instant at,
      String by,
      String cause,
      String previousCause,
      Instant to,
      String reason,
      String evidence) {
    static ChangeView of(OutageChange c) {
      return new ChangeView(
          c.seq(),
          c.kind().id(),
          c.at(),
          c.by(),
          c.cause().id(),
          c.previousCause() == null ? null : c.previousCause().id(),
          c.to(),
          c.reason(),
          c.evidence());
    }
  }
}
