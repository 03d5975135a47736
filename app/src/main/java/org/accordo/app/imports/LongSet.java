package org.accordo.app.imports;

/**
 * A set of 64-bit fingerprints with open addressing, 8 bytes a member: the events one import has
 * seen, so that a million events cost some 16 MB rather than a set of objects ten times that. Not
 * thread-safe.
 */
final class LongSet {

  private static final long FREE = 0L;
  private long[] slots = new long[1 << 12];
  private int size;
  private boolean hasFree; // the value 0 itself, kept apart

  /** Adds {@code value}; false when it was there already. */
  boolean add(long value) {
    if (value == FREE) {
      boolean added = !hasFree;
      hasFree = true;
      return added;
    }
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = spread(value) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == FREE) {
        slots[i] = value;
        size++;
        return true;
      }
      if (slots[i] == value) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long v : old) {
      if (v != FREE) {
        add(v);
      }
    }
  }

  private static int spread(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
