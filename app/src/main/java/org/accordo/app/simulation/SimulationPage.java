package org.accordo.app.simulation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.accordo.app.ui.PageContext;
import org.accordo.app.ui.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /simulations/{customer}}: "what if we had promised this instead?" as a page, for whoever
 * sees the customer (staff, and the customer's own users, as the API's {@code POST
 * /api/v1/customers/{id}/simulations}; another customer's is the 404 page of a missing one). A
 * proposed contract (typed, or a YAML file, which wins) against the customer's stored history for
 * the months asked; the answer is the simulation's own HTML document (the same as the API's {@code
 * format=html}) inside the layout. Nothing is stored. A proposed contract with lint errors is
 * refused (422) with its findings at their lines and the text kept; a bad month or goal names its
 * field (400).
 */
@WebPage
class SimulationPage {

  private final SimulationService simulations;
  private final CustomerService customers;

  SimulationPage(SimulationService simulations, CustomerService customers) {
    this.simulations = simulations;
    this.customers = customers;
  }

  @GetMapping("/simulations/{customer}")
  String form(
      @ModelAttribute("page") PageContext page, @PathVariable String customer, Model model) {
    Customer found = customers.get(page.viewer().caller(), customer);
    return show(
        new SimulationPageView(
            found.id(), found.name(), SimulationPageView.Form.empty(), null, List.of(), null),
        model);
  }

  @PostMapping("/simulations/{customer}")
  String simulate(
      @ModelAttribute("page") PageContext page,
      @PathVariable String customer,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "proposed", defaultValue = "") String typed,
      @RequestParam(name = "from", defaultValue = "") String from,
      @RequestParam(name = "to", defaultValue = "") String to,
      @RequestParam(name = "compliance", defaultValue = "95") String compliance,
      Model model,
      HttpServletResponse response) {
    Caller caller = page.viewer().caller();
    Customer found = customers.get(caller, customer);
    SimulationPageView.Form form = new SimulationPageView.Form(typed, from, to, compliance);
    try {
      String proposed = proposed(file, typed);
      form = new SimulationPageView.Form(proposed, from, to, compliance);
      if (proposed.isBlank()) {
        throw new InvalidField("proposed", "type the proposed contract or choose its file");
      }
      byte[] html =
          simulations.simulate(
              caller,
              customer,
              SimulationQuestions.of(proposed, from, to, compliance),
              SimulationService.Format.HTML);
      return show(
          new SimulationPageView(
              found.id(),
              found.name(),
              form,
              null,
              List.of(),
              SimulationPageView.body(html, page.t("page.simulation.chart"))),
          model);
    } catch (InvalidField invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(
          new SimulationPageView(
              found.id(),
              found.name(),
              form,
              new SimulationPageView.Problem(invalid.field(), invalid.reason()),
              List.of(),
              null),
          model);
    } catch (SimulationRefusedForLint refused) {
      response.setStatus(422);
      return show(
          new SimulationPageView(
              found.id(),
              found.name(),
              form,
              new SimulationPageView.Problem("proposed", refused.getMessage()),
              SimulationPageView.Finding.of(refused),
              null),
          model);
    }
  }

  private static String show(SimulationPageView view, Model model) {
    model.addAttribute("simulation", view);
    return "simulation/simulation";
  }

  /** The file's text when one was chosen, else the text typed. */
  private static String proposed(MultipartFile file, String typed) {
    if (file == null || file.isEmpty()) {
      return typed;
    }
    try {
      return SimulationQuestions.utf8(file.getBytes());
    } catch (IOException e) {
      throw new InvalidField("file", "could not be read");
    } catch (InvalidField notUtf8) {
      throw new InvalidField("file", notUtf8.reason());
    }
  }
}
