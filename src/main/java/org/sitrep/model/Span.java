package org.sitrep.model;

/** A half-open character range [start, end) into a document body. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start)
      throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean overlaps(int s, int e) {
    return s < end && e > start;
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
