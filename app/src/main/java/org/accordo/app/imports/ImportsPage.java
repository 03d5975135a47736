package org.accordo.app.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.accordo.core.imports.Presets;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A customer's imports as pages (staff read; admins upload, by the pages' chain and by {@link
 * ImportService}): {@code /customers/{id}/imports} lists them and holds the upload form (a preset
 * or a mapping file, the ticket list, the history, the mode), which goes through the API's {@link
 * ImportService#request}; {@code .../imports/{importId}} shows one import's progress as a {@code
 * <progress>} element and its outcome; {@code .../progress} is that part alone, which the page
 * polls with htmx until the import ends (without JavaScript, a reload shows the same).
 */
@WebPage
class ImportsPage {

  private final ImportService imports;
  private final CustomerService customers;

  ImportsPage(ImportService imports, CustomerService customers) {
    this.imports = imports;
    this.customers = customers;
  }

  @GetMapping("/customers/{id}/imports")
  String list(@ModelAttribute("page") PageContext page, @PathVariable String id, Model model) {
    model.addAttribute("imports", view(page, id, ImportsView.Form.empty(), null));
    return "imports/list";
  }

  @PostMapping("/customers/{id}/imports")
  String upload(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @RequestParam(name = "preset", defaultValue = "") String preset,
      @RequestParam(name = "mapping", required = false) MultipartFile mapping,
      @RequestParam(name = "tickets", required = false) MultipartFile tickets,
      @RequestParam(name = "history", required = false) MultipartFile history,
      @RequestParam(name = "mode", defaultValue = "all_or_nothing") String mode,
      Model model,
      HttpServletResponse response) {
    Caller caller = page.viewer().caller();
    customers.get(caller, id);
    ImportsView.Form form = new ImportsView.Form(preset, mode);
    try {
      ImportService.Upload upload =
          new ImportService.Upload(
              mapping(preset, mapping),
              mode(mode),
              file(required(tickets, "tickets")),
              Optional.ofNullable(history).filter(h -> !h.isEmpty()).map(ImportsPage::file));
      ImportRun run = imports.request(caller, id, upload);
      return "redirect:/customers/" + id + "/imports/" + run.id();
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      ImportsView.Problem problem =
          new ImportsView.Problem(invalid.field(), invalid.reason(), List.of());
      model.addAttribute("imports", view(page, id, form, problem));
      return "imports/list";
    } catch (InvalidMapping invalid) {
      response.setStatus(422);
      model.addAttribute("imports", view(page, id, form, problemOf(invalid)));
      return "imports/list";
    }
  }

  @GetMapping("/customers/{id}/imports/{importId}")
  String one(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @PathVariable String importId,
      Model model) {
    Customer customer = customers.get(page.viewer().caller(), id);
    model.addAttribute("customerName", customer.name());
    model.addAttribute("run", run(page, id, importId));
    return "imports/import";
  }

  @GetMapping("/customers/{id}/imports/{importId}/progress")
  String progress(
      @ModelAttribute("page") PageContext page,
      @PathVariable String id,
      @PathVariable String importId,
      Model model) {
    model.addAttribute("run", run(page, id, importId));
    return "imports/progress";
  }

  private ImportPageView run(PageContext page, String id, String importId) {
    return ImportPageView.of(
        imports.get(page.viewer().caller(), id, importId), page.zone(), page.labels());
  }

  private ImportsView view(
      PageContext page, String id, ImportsView.Form form, ImportsView.Problem problem) {
    Caller caller = page.viewer().caller();
    Customer customer = customers.get(caller, id);
    return new ImportsView(
        customer.id(),
        customer.name(),
        imports.list(caller, id).stream()
            .map(run -> ImportsView.Listed.of(run, page.zone(), page.labels()))
            .toList(),
        page.viewer().role() == Role.ADMIN,
        form,
        problem);
  }

  @SuppressWarnings("unchecked")
  private static ImportsView.Problem problemOf(InvalidMapping invalid) {
    Object errors = invalid.details().get("errors");
    List<String> lines =
        errors instanceof List<?> list
            ? list.stream()
                .map(e -> (Map<String, Object>) e)
                .map(
                    e ->
                        "line "
                            + e.get("line")
                            + ", column "
                            + e.get("column")
                            + ": "
                            + e.get("message"))
                .toList()
            : List.of();
    return new ImportsView.Problem("mapping", invalid.getMessage(), lines);
  }

  /** The preset's text when one is chosen, else the mapping file's. */
  private static String mapping(String preset, MultipartFile mapping) {
    if (!preset.isBlank()) {
      return Presets.text(preset.strip())
          .orElseThrow(() -> new InvalidUpload("preset", "is not a preset"));
    }
    try {
      return new String(required(mapping, "mapping").getBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidUpload("mapping", "could not be read");
    }
  }

  private static MultipartFile required(MultipartFile part, String name) {
    if (part == null || part.isEmpty()) {
      throw new InvalidUpload(name, "choose a file that is not empty");
    }
    return part;
  }

  private static ImportMode mode(String mode) {
    try {
      return ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidUpload("mode", "is not a mode");
    }
  }

  private static ImportService.UploadedFile file(MultipartFile part) {
    String name =
        part.getOriginalFilename() == null || part.getOriginalFilename().isBlank()
            ? part.getName() + ".csv"
            : part.getOriginalFilename();
    return new ImportService.UploadedFile(
        name.length() > 200 ? name.substring(name.length() - 200) : name,
        () -> {
          try {
            return part.getInputStream();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
