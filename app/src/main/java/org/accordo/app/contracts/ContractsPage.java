package org.accordo.app.contracts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.render.HtmlWriter;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.ui.Formats;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.core.contract.Contract;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's contracts as pages (staff; uploading is admins'): the versions and the upload form
 * (a YAML file or the text typed), a refused document shown line by line with each problem at its
 * line, a version's lint findings at their lines with their hints, its agreement rendered in
 * English or Italian (HTML, and PDF to download), and two versions side by side.
 */
@WebPage
class ContractsPage {

  private final ContractService contracts;
  private final ContractLibrary library;
  private final CustomerService customers;

  ContractsPage(ContractService contracts, ContractLibrary library, CustomerService customers) {
    this.contracts = contracts;
    this.library = library;
    this.customers = customers;
  }

  @GetMapping("/customers/{id}/contracts")
  String list(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    model.addAttribute("contracts", view(page, id, "", null, null));
    return "contracts/contracts";
  }

  @PostMapping("/customers/{id}/contracts")
  String upload(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "document", defaultValue = "") String typed,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Caller caller = page.viewer().caller();
    customers.get(caller, id);
    String document = typed;
    try {
      document = document(file, typed);
      ContractService.UploadedVersion uploaded = contracts.upload(caller, id, document);
      redirect.addFlashAttribute("uploaded", Boolean.TRUE);
      return "redirect:/customers/" + id + "/contracts/" + uploaded.version().version();
    } catch (InvalidContract invalid) {
      response.setStatus(422);
      model.addAttribute(
          "contracts",
          view(page, id, document, DocumentLines.ofProblems(document, invalid.problems()), null));
      return "contracts/contracts";
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute(
          "contracts",
          view(
              page,
              id,
              document,
              null,
              page.t("page.contracts.refused", invalid.field(), invalid.reason())));
      return "contracts/contracts";
    }
  }

  @GetMapping("/customers/{id}/contracts/{version}")
  String version(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @PathVariable int version,
      Model model) {
    Caller caller = page.viewer().caller();
    Customer customer = customers.get(caller, id);
    ContractVersion stored = contracts.version(caller, id, version);
    model.addAttribute(
        "version",
        new VersionView(
            id,
            customer.name(),
            version,
            stored.contractId(),
            effective(stored, page.labels()),
            DocumentLines.ofFindings(
                contracts.document(caller, id, version), contracts.findings(caller, id, version)),
            model.getAttribute("uploaded") != null));
    return "contracts/version";
  }

  @GetMapping("/customers/{id}/contracts/{version}/agreement")
  String agreement(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @PathVariable int version,
      @RequestParam(name = "lang", required = false) String lang,
      Model model) {
    Contract contract = contract(page.viewer().caller(), id, version);
    DocumentLanguage language = DocumentLanguage.fromCode(lang).orElse(page.language());
    model.addAttribute("title", contract.header().title());
    model.addAttribute("back", "/customers/" + id + "/contracts/" + version);
    model.addAttribute("backLabel", page.t("page.contracts.back"));
    model.addAttribute("language", language.code());
    // the documents' own writer, which escapes every text of the contract
    model.addAttribute("body", HtmlWriter.write(ContractDocument.blocks(contract, language)));
    return "contracts/agreement";
  }

  @GetMapping("/customers/{id}/contracts/{version}/agreement.pdf")
  ResponseEntity<byte[]> pdf(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @PathVariable int version,
      @RequestParam(name = "lang", required = false) String lang) {
    Contract contract = contract(page.viewer().caller(), id, version);
    DocumentLanguage language = DocumentLanguage.fromCode(lang).orElse(page.language());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(id + "-v" + version + "-" + language.code() + ".pdf")
                .build()
                .toString())
        .body(ContractDocument.pdf(contract, language));
  }

  @GetMapping("/customers/{id}/contracts/diff")
  String diff(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "from") int from,
      @RequestParam(name = "to") int to,
      Model model) {
    Caller caller = page.viewer().caller();
    Customer customer = customers.get(caller, id);
    contracts.version(caller, id, from);
    contracts.version(caller, id, to);
    ContractDiff diff;
    try {
      diff =
          ContractDiff.of(contracts.document(caller, id, from), contracts.document(caller, id, to));
    } catch (IllegalArgumentException tooLong) {
      throw new InvalidField("from", tooLong.getMessage());
    }
    model.addAttribute("customer", customer);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("diff", diff);
    return "contracts/diff";
  }

  private Contract contract(Caller caller, String id, int version) {
    contracts.version(caller, id, version);
    return library.load(id, version).contract();
  }

  private ContractsView view(
      PageContext page, String id, String document, DocumentLines problems, String refusal) {
    Caller caller = page.viewer().caller();
    Customer customer = customers.get(caller, id);
    ZoneId zone = page.zone();
    List<ContractsView.VersionLine> versions =
        contracts.versions(caller, id).stream()
            .sorted((a, b) -> Integer.compare(b.version(), a.version()))
            .map(
                v ->
                    new ContractsView.VersionLine(
                        v.version(),
                        v.contractId(),
                        effective(v, page.labels()),
                        Formats.instant(v.uploadedAt(), zone)))
            .toList();
    return new ContractsView(
        id,
        customer.name(),
        versions,
        page.viewer().role() == Role.ADMIN,
        document,
        problems,
        refusal);
  }

  private static String effective(ContractVersion v, Labels labels) {
    return labels.get(
        "page.customer.effective",
        v.effectiveFrom().toString(),
        v.effectiveTo() == null
            ? labels.get("page.customer.open.end")
            : v.effectiveTo().toString());
  }

  /** The uploaded file's text when a file was chosen, else the text typed. */
  private static String document(MultipartFile file, String typed) {
    if (file != null && !file.isEmpty()) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(file.getBytes()))
            .toString();
      } catch (CharacterCodingException e) {
        throw new InvalidField("file", "is not valid UTF-8 text");
      } catch (IOException e) {
        throw new InvalidField("file", "could not be read");
      }
    }
    if (typed.isBlank()) {
      throw new InvalidField("document", "is empty: choose a YAML file or paste the contract");
    }
    return typed;
  }
}
