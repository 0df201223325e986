package org.sitrep.model;

import java.util.Locale;

/**
 * One figure of an article read as a fact: what it is about ({@code subject}), what it measures
 * ({@code measure}, from the language: the counted noun's lemma with the modifiers that change its
 * meaning, the unit's dimension, the predicate), where, when and how sure. {@code quantityIndex}
 * points into the document's quantities; {@code evidenceStart}/{@code evidenceEnd} bound the
 * sentence it stands in.
 *
 * <p>{@code subject} is the name the text gives (canonical where the entity layer has one), null
 * when it cannot be found; {@code subjectStart}/{@code subjectEnd} locate the mention when there is
 * one. {@code value} is signed for a change ("fell 212.4" is -212.4 of kind CHANGE); {@code change}
 * is the direction ("increase", "decrease") or null. {@code unit} is the quantity's normalised unit
 * (percent, EUR, kilometre ...) and {@code scale} is not kept apart: the value is already scaled
 * ("$1.2 billion" is 1.2e9 USD). {@code asOf} is the date the figure speaks of (a TIMEX3 value),
 * with {@code asOfHow}: "time" (a time expression of its clause), "period" (the reporting period),
 * "published" or "inferred" (the article's date) or null when undated. {@code period} is a
 * reporting period ("2019-Q3", "2019"); {@code target} a target date ("by 2027"); {@code partOf}
 * the index in this document's facts of a larger whole the figure belongs to ("including 780 from
 * the Bundeswehr"), or -1.
 */
public record Fact(
    int quantityIndex,
    String subject,
    Integer subjectStart,
    Integer subjectEnd,
    String measure,
    String place,
    double value,
    Double valueMax,
    String unit,
    Quantity.Bound bound,
    boolean approximate,
    String change,
    Kind kind,
    Status status,
    String asOf,
    String asOfHow,
    String period,
    String target,
    String attributedTo,
    int evidenceStart,
    int evidenceEnd,
    int partOf) {

  /** What a figure is: a level, a change of a level, a running total, or a share of something. */
  public enum Kind {
    LEVEL,
    CHANGE,
    TOTAL,
    SHARE;

    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind of(String json) {
      return valueOf(json.toUpperCase(Locale.ROOT));
    }
  }

  /** How the text holds the figure: as the case, as a plan, a pledge, a hypothesis or denied. */
  public enum Status {
    CURRENT,
    PLANNED,
    PLEDGED,
    HYPOTHETICAL,
    NEGATED;

    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Status of(String json) {
      return valueOf(json.toUpperCase(Locale.ROOT));
    }
  }

  /** This fact said of another subject, with where the text names it (null when it does not). */
  public Fact withSubject(String subject, Integer subjectStart, Integer subjectEnd) {
    return new Fact(
        quantityIndex,
        subject,
        subjectStart,
        subjectEnd,
        measure,
        place,
        value,
        valueMax,
        unit,
        bound,
        approximate,
        change,
        kind,
        status,
        asOf,
        asOfHow,
        period,
        target,
        attributedTo,
        evidenceStart,
        evidenceEnd,
        partOf);
  }

  /** This fact as another kind (a level, a change, a total, a share). */
  public Fact withKind(Kind kind) {
    return withValue(value, valueMax, bound, change, kind);
  }

  /** This fact as another kind with the change it names ("Weitere 400": 400 more, an increase). */
  public Fact withKind(Kind kind, String change) {
    return withValue(value, valueMax, bound, change, kind);
  }

  /**
   * This fact's figure read as another value: "fell 212.4 to 9,412" is one figure read as a change
   * and as a level.
   */
  public Fact withValue(
      double value, Double valueMax, Quantity.Bound bound, String change, Kind kind) {
    return new Fact(
        quantityIndex,
        subject,
        subjectStart,
        subjectEnd,
        measure,
        place,
        value,
        valueMax,
        unit,
        bound,
        approximate,
        change,
        kind,
        status,
        asOf,
        asOfHow,
        period,
        target,
        attributedTo,
        evidenceStart,
        evidenceEnd,
        partOf);
  }
}
