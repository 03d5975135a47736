package org.accordo.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class IntervalSetTests {

  private static TimeSpan span(int from, int length) {
    return new TimeSpan(Instant.ofEpochMilli(from), Instant.ofEpochMilli(from + length));
  }

  private static boolean[] bitmap(List<TimeSpan> spans) {
    boolean[] covered = new boolean[400];
    for (TimeSpan s : spans) {
      for (long t = s.startInclusive().toEpochMilli(); t < s.endExclusive().toEpochMilli(); t++) {
        covered[(int) t] = true;
      }
    }
    return covered;
  }

  private static List<TimeSpan> spans(
      List<@IntRange(min = 0, max = 199) Integer> starts, List<Integer> lengths) {
    List<TimeSpan> spans = new ArrayList<>();
    for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
      spans.add(span(starts.get(i), Math.abs(lengths.get(i) % 100)));
    }
    return spans;
  }

  @Property(tries = 300)
  void setOperationsAgreeWithCountingEveryMillisecond(
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 199) Integer> aStarts,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> aLengths,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 199) Integer> bStarts,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 99) Integer> bLengths) {
    List<TimeSpan> a = spans(aStarts, aLengths);
    List<TimeSpan> b = spans(bStarts, bLengths);
    boolean[] inA = bitmap(a);
    boolean[] inB = bitmap(b);
    int union = 0;
    int both = 0;
    int onlyA = 0;
    for (int t = 0; t < inA.length; t++) {
      union += inA[t] ? 1 : 0;
      both += inA[t] && inB[t] ? 1 : 0;
      onlyA += inA[t] && !inB[t] ? 1 : 0;
    }

    IntervalSet setA = IntervalSet.of(a);
    IntervalSet setB = IntervalSet.of(b);

    assertThat(setA.totalMillis()).isEqualTo(union);
    assertThat(setA.intersect(setB).totalMillis()).isEqualTo(both);
    assertThat(setA.minus(setB).totalMillis()).isEqualTo(onlyA);
    assertThat(bitmap(setA.minus(setB).spans())).isEqualTo(bitmapMinus(inA, inB));
  }

  private static boolean[] bitmapMinus(boolean[] a, boolean[] b) {
    boolean[] out = new boolean[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] && !b[i];
    }
    return out;
  }
}
