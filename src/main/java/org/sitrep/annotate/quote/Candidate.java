package org.sitrep.annotate.quote;

/**
 * Text between a pair of quotation marks, before it is judged a quote: {@code start}/{@code end}
 * exclude the marks; {@code paragraph} is the index of its paragraph; {@code group} is shared by
 * the pieces of one quote that runs over several paragraphs; {@code closed} is false when the
 * paragraph ended before a closing mark.
 */
record Candidate(
    int start, int end, boolean doubleMarks, int paragraph, int group, boolean closed) {

  /** The offset of the opening mark. */
  int open() {
    return start - 1;
  }

  /** The offset just after the closing mark (or the quote's end when it has none). */
  int after() {
    return closed ? end + 1 : end;
  }
}
