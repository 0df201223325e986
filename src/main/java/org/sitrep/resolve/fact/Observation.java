package org.sitrep.resolve.fact;

import org.sitrep.model.Quantity;

/**
 * One reported value of a series, with everything needed to trace it: the document and outlet, the
 * quantity's offsets and the sentence it stands in ({@code evidence}), its status (current,
 * planned, pledged), the date it speaks of ({@code asOf}, with {@code asOfHow}: "time" from a time
 * expression in the sentence, "published" from the publication date, "inferred" from a date the
 * text pins down, or "undated"), a target date ("by 2027"), who it is attributed to, and {@code
 * partOf}, the key of a larger group the figure belongs to (780 Germans in a NATO battlegroup of
 * 1,600). {@code unit} is the figure's normalised unit (percent, EUR ...) or null; {@code kind} is
 * level, change (then {@code value} is signed), total or share; {@code period} the reporting period
 * the figure is about, or null.
 */
public record Observation(
    SeriesKey key,
    String docId,
    String outlet,
    double value,
    Double valueMax,
    Quantity.Bound bound,
    boolean approximate,
    String change,
    String status,
    String asOf,
    String asOfHow,
    String target,
    String attributedTo,
    int start,
    int end,
    String text,
    String evidence,
    SeriesKey partOf,
    String unit,
    String kind,
    String period) {

  /**
   * This observation in the series {@code key}, part of {@code partOf}: where it goes when the
   * entity that names its subject, or its whole's, changes its key name.
   */
  public Observation withKeys(SeriesKey key, SeriesKey partOf) {
    return with(key, target, partOf, kind);
  }

  /**
   * This observation with the target and kind another mention of the figure in the same article
   * gives ("a total of", "by 2027").
   */
  Observation withTargetAndKind(String target, String kind) {
    return with(key, target, partOf, kind);
  }

  private Observation with(SeriesKey key, String target, SeriesKey partOf, String kind) {
    return new Observation(
        key,
        docId,
        outlet,
        value,
        valueMax,
        bound,
        approximate,
        change,
        status,
        asOf,
        asOfHow,
        target,
        attributedTo,
        start,
        end,
        text,
        evidence,
        partOf,
        unit,
        kind,
        period);
  }

  public boolean dated() {
    return asOf != null;
  }

  /**
   * Whether the figure is a change of a level ("350 more", "fell 12%") rather than a level: its
   * kind says so; an observation without a kind is a change when it has a direction.
   */
  public boolean delta() {
    return kind == null ? change != null : kind.equals("change");
  }
}
