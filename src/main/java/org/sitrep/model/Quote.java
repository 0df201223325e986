package org.sitrep.model;

/**
 * A quotation: the quoted text without its marks ({@code start}/{@code end} exclude the marks), its
 * {@code kind} (direct: a whole sentence or more; partial: a fragment inside reported speech;
 * indirect: reported speech without marks, read where a language marks it), the speaker mention as
 * written ({@code speakerStart}/{@code speakerEnd}, -1 when none) and {@code speaker}, the named
 * person or organisation it resolves to (null when unknown), and the {@code cue} verb ("said",
 * "told", "according to").
 */
public record Quote(
    int start,
    int end,
    String text,
    String speaker,
    int speakerStart,
    int speakerEnd,
    String cue,
    Kind kind) {

  public enum Kind {
    DIRECT,
    PARTIAL,
    /** Reported speech without quotation marks, in a language that marks it ("er sei ..."). */
    INDIRECT;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
