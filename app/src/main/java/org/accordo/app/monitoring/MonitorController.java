package org.accordo.app.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers/{customerId}/monitors}: create, list, read, replace, delete monitors.
 */
@Tag(name = "Monitors", description = "Availability monitors of a customer's contract services")
@RestController
class MonitorController {

  static final String BASE = "/api/v1/customers/{customerId}/monitors";

  private final Monitors monitors;

  MonitorController(Monitors monitors) {
    this.monitors = monitors;
  }

  @Operation(
      operationId = "createMonitor",
      summary = "Create an HTTP, TCP or TLS monitor of a contract service (staff)")
  @PostMapping(BASE)
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<MonitorView> create(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestBody MonitorRequest request) {
    Monitor monitor = monitors.create(caller, customerId, request);
    return ResponseEntity.created(
            URI.create("/api/v1/customers/" + customerId + "/monitors/" + monitor.id()))
        .body(MonitorView.of(monitor));
  }

  @Operation(operationId = "listMonitors", summary = "List the customer's monitors")
  @GetMapping(BASE)
  Page<MonitorView> list(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestParam(required = false) @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
      @RequestParam(required = false) @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
    PageRequest request = PageRequest.of(page, size, null, Set.of("created"), "created");
    return monitors.page(caller, customerId, request).map(MonitorView::of);
  }

  @Operation(operationId = "getMonitor", summary = "Read a monitor")
  @GetMapping(BASE + "/{monitorId}")
  MonitorView get(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String monitorId) {
    return MonitorView.of(monitors.get(caller, customerId, monitorId));
  }

  @Operation(operationId = "replaceMonitor", summary = "Replace a monitor's settings (staff)")
  @PutMapping(BASE + "/{monitorId}")
  @ResponseStatus(HttpStatus.OK)
  MonitorView replace(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String monitorId,
      @RequestBody MonitorRequest request) {
    return MonitorView.of(monitors.replace(caller, customerId, monitorId, request));
  }

  @Operation(operationId = "deleteMonitor", summary = "Delete a monitor (staff); its outages stay")
  @DeleteMapping(BASE + "/{monitorId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @PathVariable String monitorId) {
    monitors.delete(caller, customerId, monitorId);
  }

  /** A monitor as the API shows it: the fields of its kind, the others null. */
  record MonitorView(
      String id,
      String customerId,
      String service,
      String name,
      String kind,
      String url,
      String method,
      List<Integer> expectedStatuses,
      String keyword,
      String keywordRule,
      String host,
      Integer port,
      Integer warnDays,
      long intervalSeconds,
      long timeoutSeconds,
      int confirmAfter,
      int recoverAfter,
      boolean active,
      Instant createdAt,
      Instant updatedAt) {

    static MonitorView of(Monitor m) {
      Probe p = m.probe();
      Probe.Http http = p instanceof Probe.Http h ? h : null;
      Integer port =
          p instanceof Probe.Tcp t
              ? Integer.valueOf(t.port())
              : p instanceof Probe.Tls s ? Integer.valueOf(s.port()) : null;
      return new MonitorView(
          m.id(),
          m.customerId(),
          m.service(),
          m.name(),
          p.kind().id(),
          http == null ? null : http.url().toString(),
          http == null ? null : http.method().name(),
          http == null ? null : http.expectedStatuses(),
          http == null ? null : http.keyword().orElse(null),
          http == null ? null : http.keyword().map(k -> http.keywordRule().id()).orElse(null),
          http == null ? p.host() : null,
          port,
          p instanceof Probe.Tls s ? Integer.valueOf(s.warnDays()) : null,
          m.cadence().interval().toSeconds(),
          m.cadence().timeout().toSeconds(),
          m.cadence().confirmAfter(),
          m.cadence().recoverAfter(),
          m.active(),
          m.createdAt(),
          m.updatedAt());
    }
  }
}
