package org.accordo.core.yaml;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accordo.core.SupportedYears;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reading values out of SnakeYAML's node tree, each problem reported at its line and column into a
 * {@link YamlProblems}. Every reader returns empty (never null) when the value is unusable and the
 * problem has been reported, so a loader goes on and reports everything at once. {@code what} names
 * the value in messages, e.g. {@code "slas[0].metrics.resolution.P1.target"}.
 */
public final class YamlNodes {

  private static final Pattern SHORT_DURATION =
      Pattern.compile("(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%");
  private static final int MAX_DOCUMENT_CODE_POINTS = 10 * 1024 * 1024;

  /** The longest duration a document may give: 100 years of 365.25 days. */
  public static final Duration MAX_DURATION = Duration.ofHours(100 * 8766);

  /** How many characters of a value a message quotes before cutting it. */
  static final int EXCERPT_CODE_POINTS = 60;

  private YamlNodes() {}

  /**
   * Parses one YAML document into its node tree. A syntax error becomes a problem, and so does
   * every tag ({@code !custom}, {@code !!binary}, {@code !!str}...): documents are plain data.
   */
  public static Optional<Node> compose(Reader reader, YamlProblems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by mapping(), with their place
    options.setCodePointLimit(MAX_DOCUMENT_CODE_POINTS);
    options.setMaxAliasesForCollections(50);
    try {
      Composer composer =
          new Composer(
              new TagRefusingParser(new ParserImpl(new StreamReader(reader), options), problems),
              new Resolver(),
              options);
      Node root = composer.getSingleNode();
      if (root == null) {
        problems.add((Node) null, "the document is empty");
      } else {
        problems.learnKeys(root);
      }
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      problems.add(e.getProblemMark(), "YAML syntax: " + problem.trim());
      return Optional.empty();
    } catch (YAMLException e) {
      problems.add((Node) null, "YAML syntax: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The entries of a mapping, in document order. Reports a node that is not a mapping, keys that
   * are not plain strings, duplicate keys, and keys outside {@code allowed} (unless it is empty,
   * which allows any key, e.g. priority ids).
   */
  public static Map<String, Node> mapping(
      Node node, YamlProblems problems, String what, Set<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(node, what + " must be a mapping of keys to values");
      return Map.of();
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(tuple.getKeyNode(), what + " has a key that is not a plain value");
        continue;
      }
      String key = keyNode.getValue();
      if (entries.containsKey(key)) {
        problems.add(keyNode, what + " has the key " + quote(key) + " twice");
      } else if (!allowed.isEmpty() && !allowed.contains(key)) {
        problems.add(
            keyNode,
            "unknown key " + quote(key) + " in " + what + "; expected one of " + sorted(allowed));
      } else {
        entries.put(key, tuple.getValueNode());
      }
    }
    return entries;
  }

  /** Reports each key of {@code required} missing from {@code entries} at the mapping's start. */
  public static void require(
      Map<String, Node> entries,
      Node mapping,
      YamlProblems problems,
      String what,
      String... required) {
    for (String key : required) {
      if (!entries.containsKey(key)) {
        problems.add(mapping, what + " needs '" + key + "'");
      }
    }
  }

  /** The items of a sequence; a single scalar is not accepted. */
  public static List<Node> sequence(Node node, YamlProblems problems, String what) {
    if (!(node instanceof SequenceNode sequence)) {
      problems.add(node, what + " must be a list");
      return List.of();
    }
    return new ArrayList<>(sequence.getValue());
  }

  /** A non-blank scalar's text. */
  public static Optional<String> string(Node node, YamlProblems problems, String what) {
    if (!(node instanceof ScalarNode scalar)) {
      problems.add(node, what + " must be a single value, not a list or mapping");
      return Optional.empty();
    }
    String value = scalar.getValue().strip();
    if (value.isEmpty() || value.equals("~") || value.equals("null")) {
      problems.add(node, what + " must not be empty");
      return Optional.empty();
    }
    if (value.indexOf('\0') >= 0) {
      problems.add(node, what + " contains a NUL character");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A list of non-blank strings. */
  public static List<String> strings(Node node, YamlProblems problems, String what) {
    List<String> values = new ArrayList<>();
    List<Node> items = sequence(node, problems, what);
    for (int i = 0; i < items.size(); i++) {
      string(items.get(i), problems, what + "[" + i + "]").ifPresent(values::add);
    }
    return values;
  }

  /**
   * A duration written short ({@code 30m}, {@code 4h}, {@code 1h30m}, {@code 5d}, {@code 2w}; a day
   * is 24 hours) or in ISO-8601 ({@code PT4H}, {@code P5D}), at most {@link #MAX_DURATION}: longer
   * ones promise nothing a person could wait for, and would overflow the arithmetic of instants.
   */
  public static Optional<Duration> duration(Node node, YamlProblems problems, String what) {
    return string(node, problems, what)
        .flatMap(
            text -> {
              Optional<Duration> parsed = parseDuration(text);
              if (parsed.isEmpty()) {
                problems.add(
                    node,
                    what
                        + " "
                        + quote(text)
                        + " is not a duration; write e.g. 30m, 4h, 1h30m, 5d or PT4H");
              } else if (parsed.get().compareTo(MAX_DURATION) > 0) {
                problems.add(node, what + " " + quote(text) + " is longer than 100 years");
                return Optional.empty();
              }
              return parsed;
            });
  }

  /** Parses a duration as {@link #duration} does, without reporting. */
  public static Optional<Duration> parseDuration(String text) {
    if (text.startsWith("P") || text.startsWith("p")) {
      try {
        return Optional.of(Duration.parse(text));
      } catch (DateTimeParseException e) {
        return isoPeriodInDays(text);
      }
    }
    Matcher m = SHORT_DURATION.matcher(text);
    if (text.isEmpty() || !m.matches()) {
      return Optional.empty();
    }
    try {
      Duration d = Duration.ZERO;
      d = d.plusDays(7 * number(m.group(1))).plusDays(number(m.group(2)));
      d =
          d.plusHours(number(m.group(3)))
              .plusMinutes(number(m.group(4)))
              .plusSeconds(number(m.group(5)));
      return Optional.of(d);
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> isoPeriodInDays(String text) {
    Matcher weeks = Pattern.compile("[Pp](\\d+)[Ww]").matcher(text);
    if (weeks.matches()) {
      return Optional.of(Duration.ofDays(7L * Long.parseLong(weeks.group(1))));
    }
    return Optional.empty();
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }

  /** A percentage such as {@code 99.9%}, returned as the fraction {@code 0.999}; 0% to 100%. */
  public static Optional<BigDecimal> percent(Node node, YamlProblems problems, String what) {
    return string(node, problems, what)
        .flatMap(
            text -> {
              Matcher m = PERCENT.matcher(text);
              if (!m.matches()) {
                problems.add(
                    node, what + " " + quote(text) + " is not a percentage; write e.g. 99.9%");
                return Optional.empty();
              }
              BigDecimal percent = new BigDecimal(m.group(1));
              if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(node, what + " " + quote(text) + " is over 100%");
                return Optional.empty();
              }
              return Optional.of(percent.movePointLeft(2));
            });
  }

  /** An ISO date, {@code 2026-07-01}, in {@link SupportedYears}. */
  public static Optional<LocalDate> date(Node node, YamlProblems problems, String what) {
    return string(node, problems, what)
        .flatMap(
            text -> {
              try {
                LocalDate date = LocalDate.parse(text);
                if (!SupportedYears.contains(date)) {
                  problems.add(
                      node, what + " " + quote(text) + " is outside " + SupportedYears.describe());
                  return Optional.empty();
                }
                return Optional.of(date);
              } catch (DateTimeParseException e) {
                problems.add(node, what + " " + quote(text) + " is not a date; write YYYY-MM-DD");
                return Optional.empty();
              }
            });
  }

  /**
   * {@code value} in single quotes for a message, cut to its first {@value #EXCERPT_CODE_POINTS}
   * characters (code points, never half of one) and "…" when longer, so that a message never echoes
   * a long value back in full. Linear in the excerpt, whatever the value's length.
   */
  public static String quote(String value) {
    return "'" + excerpt(value) + "'";
  }

  /** {@code value} cut as {@link #quote} cuts it, without the quotes. */
  public static String excerpt(String value) {
    int end = 0;
    for (int n = 0; n < EXCERPT_CODE_POINTS && end < value.length(); n++) {
      end += Character.charCount(value.codePointAt(end));
    }
    return end == value.length() ? value : value.substring(0, end) + "…";
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
