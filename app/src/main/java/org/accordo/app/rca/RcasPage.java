package org.accordo.app.rca;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.tickets.TicketNames;
import org.accordo.app.tickets.TicketNotVisible;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.app.web.PageRequest;
import org.accordo.app.web.Require;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /rcas}: the root cause analyses a person may see (staff: every customer's, filtered by
 * state and customer; a customer's user: their own), and an RCA's page: for staff the draft's
 * record form, adding a ticket and the delivery; for the customer's user the answer to a delivered
 * one; for both its document in English or Italian, as a page and as a PDF. Every change goes
 * through {@link Rcas}, which checks the role and state and audits it as the API does.
 */
@WebPage
class RcasPage {

  private final Rcas rcas;
  private final CustomerService customers;
  private final TicketNames names;
  private final Clock clock;

  RcasPage(Rcas rcas, CustomerService customers, TicketNames names, Clock clock) {
    this.rcas = rcas;
    this.customers = customers;
    this.names = names;
    this.clock = clock;
  }

  @GetMapping("/rcas")
  String list(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "customer", required = false) String customer,
      Model model) {
    Caller caller = page.viewer().caller();
    RcaState asked = state(state);
    String of = blank(customer) ? null : Require.id(customer.strip(), "customer");
    List<Rca> listed =
        rcas.page(
                caller,
                new RcaRepository.Filter(of, asked, null),
                PageRequest.of(
                    0, PageRequest.MAX_SIZE, "due_at", RcaRepository.SORTS.keySet(), "due_at"))
            .items();
    List<Customer> visible = customers.all(caller);
    Map<String, String> customerNames =
        visible.stream().collect(Collectors.toMap(Customer::id, Customer::name));
    Map<String, TicketNames.TicketName> named =
        names.of(listed.stream().flatMap(r -> r.tickets().stream()).toList());
    Instant now = clock.instant();
    model.addAttribute(
        "lines",
        listed.stream()
            .map(
                r ->
                    RcaPageView.line(
                        r,
                        customerNames.getOrDefault(r.customerId(), r.customerId()),
                        ticketNames(r, named),
                        now,
                        page.zone(),
                        page.labels()))
            .toList());
    model.addAttribute("customers", page.viewer().isStaff() ? visible : List.of());
    model.addAttribute("state", asked == null ? "" : asked.id());
    model.addAttribute("customer", of == null ? "" : of);
    return "rca/list";
  }

  @GetMapping("/rcas/{id}")
  String rca(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    return show(page, id, null, null, model);
  }

  @PostMapping("/rcas/{id}")
  String write(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam Map<String, String> posted,
      Model model,
      HttpServletResponse response) {
    RcaForm form = RcaForm.posted(posted);
    try {
      rcas.write(page.viewer().caller(), id, form.draft(page.zone()));
    } catch (InvalidField refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(page, id, form, RcaRefusal.of(refused), model);
    }
    return "redirect:/rcas/" + id;
  }

  @PostMapping("/rcas/{id}/tickets")
  String addTicket(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "ticket_id", required = false) String ticketId,
      Model model,
      HttpServletResponse response) {
    Caller caller = page.viewer().caller();
    rcas.get(caller, id);
    try {
      rcas.addTicket(caller, id, Require.text(ticketId, "ticket_id", 40));
    } catch (InvalidField refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(page, id, null, RcaRefusal.of(refused), model);
    } catch (TicketNotVisible missing) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(
          page, id, null, new RcaRefusal("ticket_id", page.t("page.rca.ticket.missing")), model);
    } catch (TicketCovered covered) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return show(page, id, null, new RcaRefusal("ticket_id", covered.getMessage()), model);
    }
    return "redirect:/rcas/" + id;
  }

  @PostMapping("/rcas/{id}/delivery")
  String deliver(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      Model model,
      HttpServletResponse response) {
    try {
      rcas.deliver(page.viewer().caller(), id);
    } catch (InvalidField refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(page, id, null, RcaRefusal.of(refused), model);
    }
    return "redirect:/rcas/" + id;
  }

  @PostMapping("/rcas/{id}/acceptance")
  String accept(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "note", required = false) String note,
      Model model,
      HttpServletResponse response) {
    return answer(page, id, RcaState.ACCEPTED, "note", note, model, response);
  }

  @PostMapping("/rcas/{id}/dispute")
  String dispute(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "reason", required = false) String reason,
      Model model,
      HttpServletResponse response) {
    return answer(page, id, RcaState.DISPUTED, "reason", reason, model, response);
  }

  @GetMapping("/rcas/{id}/document")
  String document(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "lang", required = false) String lang,
      Model model) {
    DocumentLanguage language = DocumentLanguage.fromCode(lang).orElse(page.language());
    String body = rcas.documentBody(page.viewer().caller(), id, language);
    model.addAttribute("title", page.t("page.rca.title", id));
    model.addAttribute("back", "/rcas/" + id);
    model.addAttribute("backLabel", page.t("page.rca.back"));
    model.addAttribute("language", language.code());
    model.addAttribute("body", body);
    return "contracts/agreement";
  }

  @GetMapping("/rcas/{id}/document.pdf")
  ResponseEntity<byte[]> pdf(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "lang", required = false) String lang) {
    DocumentLanguage language = DocumentLanguage.fromCode(lang).orElse(page.language());
    byte[] pdf = rcas.document(page.viewer().caller(), id, language, Rcas.Format.PDF);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("rca-" + id + "-" + language.code() + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  private String answer(
      PageContext page,
      String id,
      RcaState outcome,
      String field,
      String typed,
      Model model,
      HttpServletResponse response) {
    try {
      String text =
          outcome == RcaState.DISPUTED
              ? Require.text(blank(typed) ? null : typed, field, 2000)
              : Require.optionalText(blank(typed) ? null : typed, field, 2000);
      rcas.answer(page.viewer().caller(), id, new Rcas.Answer(outcome, text));
    } catch (InvalidField refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(page, id, null, RcaRefusal.of(refused), model);
    }
    return "redirect:/rcas/" + id;
  }

  private String show(PageContext page, String id, RcaForm typed, RcaRefusal refused, Model model) {
    Caller caller = page.viewer().caller();
    Rca rca = rcas.get(caller, id).rca();
    Customer customer = customers.visible(caller, rca.customerId());
    Map<String, TicketNames.TicketName> named = names.of(rca.tickets());
    model.addAttribute(
        "rca",
        RcaPageView.of(
            rca,
            customer.name(),
            ticketNames(rca, named),
            page.viewer().role(),
            clock.instant(),
            page.zone(),
            page.labels()));
    model.addAttribute("form", typed == null ? RcaForm.of(rca, page.zone()) : typed);
    model.addAttribute("refused", refused);
    model.addAttribute("zone", page.zone().getId());
    return "rca/rca";
  }

  private static List<String> ticketNames(Rca rca, Map<String, TicketNames.TicketName> named) {
    Function<String, String> name = t -> Rcas.ticketName(t, named.get(t));
    return rca.tickets().stream().map(name).toList();
  }

  private static RcaState state(String state) {
    if (blank(state)) {
      return null;
    }
    return RcaState.fromId(state.strip())
        .orElseThrow(
            () -> new InvalidField("state", "must be draft, delivered, accepted or disputed"));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
