package org.accordo.core.contract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code contract:} section. */
final class HeaderSection {

  private HeaderSection() {}

  static Optional<ContractHeader> read(Node node, YamlProblems problems) {
    Fields f =
        Fields.of(
                node,
                problems,
                "contract",
                "id",
                "title",
                "language",
                "version",
                "supersedes",
                "effective",
                "review",
                "provider",
                "customer",
                "timezone")
            .require("id", "title", "provider", "customer", "effective");
    Optional<String> id = f.text("id");
    Optional<String> title = f.text("title");
    DocumentLanguage language =
        f.text("language").flatMap(code -> language(code, f)).orElse(DocumentLanguage.EN);
    Optional<Integer> written = f.positiveInteger("version");
    int version = written.orElse(1);
    Optional<Integer> supersedes = f.positiveInteger("supersedes");
    supersedes
        .filter(previous -> written.isPresent() && previous >= version)
        .ifPresent(
            previous ->
                problems.add(
                    f.get("supersedes").orElseThrow(),
                    "contract.supersedes "
                        + previous
                        + " must be an earlier version than "
                        + version));
    Optional<Term> effective = f.fields("effective", "from", "to").flatMap(HeaderSection::term);
    Optional<ReviewSchedule> review =
        f.fields("review", "every", "next", "owner").flatMap(HeaderSection::review);
    Optional<Party> provider =
        f.fields("provider", "name", "contact").flatMap(HeaderSection::party);
    Optional<Party> customer =
        f.fields("customer", "name", "contact").flatMap(HeaderSection::party);
    Optional<ZoneId> timezone =
        f.text("timezone")
            .flatMap(
                zone ->
                    Zones.check(
                        zone, f.get("timezone").orElseThrow(), problems, f.what("timezone")));
    if (id.isEmpty()
        || title.isEmpty()
        || effective.isEmpty()
        || provider.isEmpty()
        || customer.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ContractHeader(
            id.get(),
            title.get(),
            language,
            version,
            supersedes,
            effective.get(),
            review,
            provider.get(),
            customer.get(),
            timezone));
  }

  private static Optional<DocumentLanguage> language(String code, Fields f) {
    Optional<DocumentLanguage> language = DocumentLanguage.fromCode(code);
    if (language.isEmpty()) {
      f.problems()
          .add(
              f.get("language").orElseThrow(),
              "contract.language " + YamlNodes.quote(code) + " is not supported; write en or it");
    }
    return language;
  }

  private static Optional<Term> term(Fields f) {
    f.require("from");
    Optional<LocalDate> from = f.date("from");
    Optional<LocalDate> to = f.date("to");
    if (from.isEmpty()) {
      return Optional.empty();
    }
    if (to.isPresent() && to.get().isBefore(from.get())) {
      f.problems()
          .add(
              f.get("to").orElseThrow(),
              f.what("to") + " " + to.get() + " is before the start " + from.get());
      return Optional.empty();
    }
    return Optional.of(new Term(from.get(), to));
  }

  private static Optional<ReviewSchedule> review(Fields f) {
    f.require("next");
    return f.date("next").map(next -> new ReviewSchedule(f.period("every"), next, f.text("owner")));
  }

  static Optional<Party> party(Fields f) {
    f.require("name");
    Optional<Contact> contact =
        f.fields("contact", "name", "email", "phone").flatMap(HeaderSection::contact);
    return f.text("name").map(name -> new Party(name, contact));
  }

  private static Optional<Contact> contact(Fields f) {
    f.require("name");
    Optional<String> email = f.email("email");
    Optional<String> phone = f.text("phone");
    return f.text("name").map(name -> new Contact(name, email, phone));
  }
}
