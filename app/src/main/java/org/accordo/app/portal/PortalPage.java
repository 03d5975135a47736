package org.accordo.app.portal;

import java.time.Clock;
import java.time.LocalDate;
import org.accordo.app.contracts.ContractDocument;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractNotInForce;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.justifications.JustificationPageView;
import org.accordo.app.justifications.Justifications;
import org.accordo.app.render.HtmlWriter;
import org.accordo.app.tickets.TicketService;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /portal}: a customer's user's home (customers' users only: the pages' security says so);
 * {@code /portal/live}: its open tickets alone, which the page polls with htmx so the time left
 * stays live (both take {@code ?page=N}, the page of open tickets, 50 each); {@code
 * /portal/tickets/{id}}: one of their tickets, another customer's being the 404 page of a missing
 * one; {@code /portal/contract} and {@code /portal/contract.pdf}: the agreement in force today (in
 * the customer's zone), in English or Italian.
 */
@WebPage
class PortalPage {

  private final Portal portal;
  private final TicketService tickets;
  private final CustomerService customers;
  private final ContractLibrary contracts;
  private final Clock clock;
  private final Justifications justifications;

  PortalPage(
      Portal portal,
      TicketService tickets,
      CustomerService customers,
      ContractLibrary contracts,
      Clock clock,
      Justifications justifications) {
    this.justifications = justifications;
    this.portal = portal;
    this.tickets = tickets;
    this.customers = customers;
    this.contracts = contracts;
    this.clock = clock;
  }

  @GetMapping("/portal/contract")
  String contract(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "lang", required = false) String lang,
      Model model) {
    ContractLibrary.LoadedContract contract = inForce(page);
    DocumentLanguage language = DocumentLanguage.fromCode(lang).orElse(page.language());
    model.addAttribute("title", contract.contract().header().title());
    model.addAttribute("back", "/portal");
    model.addAttribute("backLabel", page.t("page.portal.back"));
    model.addAttribute("language", language.code());
    // the documents' own writer, which escapes every text of the contract
    model.addAttribute(
        "body", HtmlWriter.write(ContractDocument.blocks(contract.contract(), language)));
    return "contracts/agreement";
  }

  @GetMapping("/portal/contract.pdf")
  ResponseEntity<byte[]> contractPdf(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "lang", required = false) String lang) {
    ContractLibrary.LoadedContract contract = inForce(page);
    DocumentLanguage language = DocumentLanguage.fromCode(lang).orElse(page.language());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("contract-v" + contract.version() + "-" + language.code() + ".pdf")
                .build()
                .toString())
        .body(ContractDocument.pdf(contract.contract(), language));
  }

  /** The person's customer's contract in force today in the customer's zone. */
  private ContractLibrary.LoadedContract inForce(PageContext page) {
    Customer customer = customers.get(page.viewer().caller(), page.viewer().customerId());
    LocalDate today = LocalDate.ofInstant(clock.instant(), customer.timeZone());
    return contracts
        .inForce(customer.id(), today)
        .orElseThrow(() -> new ContractNotInForce(customer.id(), today));
  }

  @GetMapping("/portal")
  String home(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "page", required = false) String pageNumber,
      Model model) {
    model.addAttribute(
        "portal",
        portal.home(
            page.viewer().caller(),
            page.viewer().customerId(),
            PortalOpen.page(pageNumber),
            page.zone(),
            page.labels()));
    return "portal/home";
  }

  @GetMapping("/portal/live")
  String live(
      @ModelAttribute("page") PageContext page,
      @RequestParam(name = "page", required = false) String pageNumber,
      Model model) {
    model.addAttribute(
        "open",
        portal.live(
            page.viewer().caller(),
            page.viewer().customerId(),
            PortalOpen.page(pageNumber),
            page.zone(),
            page.labels()));
    return "portal/live";
  }

  @GetMapping("/portal/tickets/{id}")
  String ticket(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    model.addAttribute(
        "ticket",
        PortalTicket.of(
            tickets.get(page.viewer().caller(), id).ticket(), page.zone(), page.labels()));
    model.addAttribute(
        "excused",
        JustificationPageView.excused(
            justifications.ofTicket(page.viewer().caller(), id), page.zone(), page.labels()));
    return "portal/ticket";
  }
}
