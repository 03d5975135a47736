package org.accordo.core.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each value of a contract file is: the model stays free of line numbers, and the linter and
 * loader look places up by path. A mapping entry is located at its key (where an editor should
 * jump), a list item and a plain value's {@link Text} at the value itself. A path joins mapping
 * keys with dots and writes list items as {@code [index]}: {@code
 * slas[0].metrics.resolution.P1.target}. Immutable.
 */
public final class SourceMap {

  /**
   * A plain value of the file with its place.
   *
   * @param path its path, e.g. {@code services[1].description}
   * @param text the value as written
   * @param location where it is
   */
  public record Text(String path, String text, SourceLocation location) {

    public Text {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }
  }

  private final String source;
  private final Map<String, SourceLocation> locations;
  private final List<Text> texts;

  private SourceMap(String source, Map<String, SourceLocation> locations, List<Text> texts) {
    this.source = source;
    this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
    this.texts = List.copyOf(texts);
  }

  /** A map with no places, for a document that could not be parsed. */
  public static SourceMap empty(String source) {
    return new SourceMap(source, Map.of(), List.of());
  }

  /** Indexes every node under {@code root}. */
  public static SourceMap of(String source, Node root) {
    Map<String, SourceLocation> locations = new LinkedHashMap<>();
    List<Text> texts = new ArrayList<>();
    new Indexer(source, locations, texts).visit("", root, 0);
    return new SourceMap(source, locations, texts);
  }

  /** The file's name. */
  public String source() {
    return source;
  }

  /**
   * The place of {@code path}, or of its closest ancestor that exists, or the whole document. Never
   * null.
   */
  public SourceLocation locate(String path) {
    String p = path;
    while (!p.isEmpty()) {
      SourceLocation found = locations.get(p);
      if (found != null) {
        return found;
      }
      p = parent(p);
    }
    return SourceLocation.document(source);
  }

  /** The place of exactly {@code path}, or empty when the file has no such value. */
  public Optional<SourceLocation> find(String path) {
    return Optional.ofNullable(locations.get(path));
  }

  /** Every path of the file, in document order. */
  public Set<String> paths() {
    return locations.keySet();
  }

  /** The keys of the mapping at {@code path}, in document order; empty when there is none. */
  public Set<String> keys(String path) {
    String prefix = path + ".";
    Set<String> keys = new LinkedHashSet<>();
    for (String p : locations.keySet()) {
      if (p.startsWith(prefix) && parent(p).equals(path)) {
        keys.add(p.substring(prefix.length()));
      }
    }
    return keys;
  }

  /** Every plain value of the file, in document order. */
  public List<Text> texts() {
    return texts;
  }

  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  /** Walks the tree once; depth and size are bounded so that aliases cannot make it explode. */
  private static final class Indexer {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_NODES = 200_000;

    private final String source;
    private final Map<String, SourceLocation> locations;
    private final List<Text> texts;
    private int visited;

    Indexer(String source, Map<String, SourceLocation> locations, List<Text> texts) {
      this.source = source;
      this.locations = locations;
      this.texts = texts;
    }

    void visit(String path, Node node, int depth) {
      visit(path, node, at(node), depth);
    }

    /**
     * {@code place} is where the entry starts: its key for a mapping entry, else the node itself.
     */
    private void visit(String path, Node node, SourceLocation place, int depth) {
      if (depth > MAX_DEPTH || ++visited > MAX_NODES) {
        return;
      }
      if (!path.isEmpty()) {
        locations.putIfAbsent(path, place);
      }
      if (node instanceof ScalarNode scalar && !path.isEmpty()) {
        texts.add(new Text(path, scalar.getValue(), at(node)));
      } else if (node instanceof SequenceNode sequence) {
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
          visit(path + "[" + i + "]", items.get(i), at(items.get(i)), depth + 1);
        }
      } else if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key) {
            String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            visit(child, tuple.getValueNode(), at(key), depth + 1);
          }
        }
      }
    }

    private SourceLocation at(Node node) {
      return new SourceLocation(
          source, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }
  }
}
