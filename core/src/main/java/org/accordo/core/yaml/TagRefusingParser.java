package org.accordo.core.yaml;

import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * A parser that reports every YAML tag as a problem at its place: local ({@code !custom}), standard
 * ({@code !!str}, {@code !!binary}), verbatim ({@code !<tag:...>}) and non-specific ({@code !})
 * alike. Accordo's documents are plain data whose kinds the readers decide; a tag would at best be
 * ignored silently and at worst ask a library to build an object, so none is accepted. The events
 * pass on unchanged, so the whole document is still read and every other problem reported too.
 */
final class TagRefusingParser implements Parser {

  private static final String STANDARD = "tag:yaml.org,2002:";

  private final Parser parser;
  private final YamlProblems problems;

  TagRefusingParser(Parser parser, YamlProblems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public Event getEvent() {
    Event event = parser.getEvent();
    String tag =
        event instanceof ScalarEvent scalar
            ? scalar.getTag()
            : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
    if (tag != null) {
      problems.add(
          event.getStartMark(),
          "the YAML tag "
              + YamlNodes.quote(asWritten(tag))
              + " is not accepted: write the value without a tag, its field decides its kind");
    }
    return event;
  }

  /** {@code tag:yaml.org,2002:str} as it is usually written, {@code !!str}. */
  private static String asWritten(String tag) {
    return tag.startsWith(STANDARD) ? "!!" + tag.substring(STANDARD.length()) : tag;
  }
}
