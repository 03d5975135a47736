package org.accordo.core.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Collects the problems found while reading one YAML document, so that a loader reports all of them
 * at once instead of stopping at the first. A problem is placed where a person looks for it: a
 * problem with a key (an unknown key) at the key, a mapping or list of the wrong kind at the key
 * whose value it is (its own first line may lie below the key), a plain value at the value. Not
 * thread-safe: one per load.
 */
public final class YamlProblems {

  private final String source;
  private final List<YamlProblem> problems = new ArrayList<>();

  /** The key node of every mapping entry's value node of the document, by identity. */
  private final Map<Node, Node> keys = new IdentityHashMap<>();

  /**
   * @param source the document's name as shown in messages, e.g. its file name
   */
  public YamlProblems(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The document's name as shown in messages. */
  public String source() {
    return source;
  }

  /**
   * Records a problem with {@code node}: at the start of a plain value, at the key of a mapping or
   * list that is a mapping entry's value (otherwise at its start); a null node reports line 0.
   */
  public void add(Node node, String message) {
    Node place = node instanceof MappingNode || node instanceof SequenceNode ? keyOf(node) : node;
    add(place == null ? null : place.getStartMark(), message);
  }

  /**
   * Records a problem with the key of the mapping entry whose value is {@code value} (e.g. an
   * unknown metric), at that key; at {@code value} when it is no entry's value.
   */
  public void addAtKey(Node value, String message) {
    Node place = keyOf(value);
    add(place == null ? null : place.getStartMark(), message);
  }

  private Node keyOf(Node value) {
    return value == null ? null : keys.getOrDefault(value, value);
  }

  /**
   * Learns the key of every mapping entry's value under {@code root}, so that problems found later
   * can be placed at keys. The walk visits each node once, in document order, so a value shared
   * through an alias is placed at its anchor's key and aliases cannot make the walk explode.
   */
  void learnKeys(Node root) {
    Map<Node, Boolean> visited = new IdentityHashMap<>();
    Deque<Entry> pending = new ArrayDeque<>();
    pending.push(new Entry(null, root));
    while (!pending.isEmpty()) {
      Entry entry = pending.pop();
      if (visited.put(entry.value(), Boolean.TRUE) != null) {
        continue;
      }
      if (entry.key() != null) {
        keys.put(entry.value(), entry.key());
      }
      // children pushed last to first, so that they are visited first to last
      if (entry.value() instanceof MappingNode mapping) {
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = tuples.size() - 1; i >= 0; i--) {
          pending.push(new Entry(tuples.get(i).getKeyNode(), tuples.get(i).getValueNode()));
          pending.push(new Entry(null, tuples.get(i).getKeyNode()));
        }
      } else if (entry.value() instanceof SequenceNode sequence) {
        List<Node> items = sequence.getValue();
        for (int i = items.size() - 1; i >= 0; i--) {
          pending.push(new Entry(null, items.get(i)));
        }
      }
    }
  }

  /** A node met by {@link #learnKeys}, with the key it is the value of, or null. */
  private record Entry(Node key, Node value) {}

  /** Records a problem at a parser mark (0-based in SnakeYAML, 1-based here). */
  public void add(Mark mark, String message) {
    if (mark == null) {
      problems.add(new YamlProblem(source, 0, 0, message));
    } else {
      problems.add(new YamlProblem(source, mark.getLine() + 1, mark.getColumn() + 1, message));
    }
  }

  /** True when nothing has been reported. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems so far, in the order they were found. */
  public List<YamlProblem> all() {
    return List.copyOf(problems);
  }

  /**
   * @throws InvalidYaml with every problem found, if there is any
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidYaml(problems);
    }
  }
}
