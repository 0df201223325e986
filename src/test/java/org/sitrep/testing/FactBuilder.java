package org.sitrep.testing;

import org.sitrep.model.Fact;
import org.sitrep.model.Quantity;

/**
 * A {@link Fact} for tests, written by the fields that matter to the test: a current, exact level
 * of the document's first quantity, with no subject, place, date or whole, unless set.
 */
public final class FactBuilder {
  private int quantityIndex;
  private String subject;
  private Integer subjectStart, subjectEnd;
  private final String measure;
  private String place;
  private final double value;
  private Double valueMax;
  private String unit;
  private Quantity.Bound bound = Quantity.Bound.EXACT;
  private boolean approximate;
  private String change;
  private Fact.Kind kind = Fact.Kind.LEVEL;
  private Fact.Status status = Fact.Status.CURRENT;
  private String asOf, asOfHow, period, target, attributedTo;
  private int evidenceStart, evidenceEnd;
  private int partOf = -1;

  private FactBuilder(String measure, double value) {
    this.measure = measure;
    this.value = value;
  }

  /** A fact measuring {@code measure} at {@code value}. */
  public static FactBuilder fact(String measure, double value) {
    return new FactBuilder(measure, value);
  }

  public FactBuilder quantity(int index) {
    quantityIndex = index;
    return this;
  }

  /** The subject's name and where the text names it (null offsets when it does not). */
  public FactBuilder subject(String name, Integer start, Integer end) {
    subject = name;
    subjectStart = start;
    subjectEnd = end;
    return this;
  }

  public FactBuilder place(String place) {
    this.place = place;
    return this;
  }

  /** A range up to {@code max}. */
  public FactBuilder upTo(double max) {
    valueMax = max;
    bound = Quantity.Bound.RANGE;
    return this;
  }

  public FactBuilder unit(String unit) {
    this.unit = unit;
    return this;
  }

  public FactBuilder approximate() {
    approximate = true;
    return this;
  }

  /** A direction ("increase", "decrease"). */
  public FactBuilder change(String direction) {
    change = direction;
    return this;
  }

  public FactBuilder kind(Fact.Kind kind) {
    this.kind = kind;
    return this;
  }

  public FactBuilder status(Fact.Status status) {
    this.status = status;
    return this;
  }

  /** The date the figure speaks of and how it was found. */
  public FactBuilder asOf(String date, String how) {
    asOf = date;
    asOfHow = how;
    return this;
  }

  public FactBuilder period(String period) {
    this.period = period;
    return this;
  }

  public FactBuilder target(String target) {
    this.target = target;
    return this;
  }

  public FactBuilder attributedTo(String who) {
    attributedTo = who;
    return this;
  }

  /** The sentence the figure stands in. */
  public FactBuilder evidence(int start, int end) {
    evidenceStart = start;
    evidenceEnd = end;
    return this;
  }

  /** The index of the whole it belongs to among the document's facts. */
  public FactBuilder partOf(int whole) {
    partOf = whole;
    return this;
  }

  public Fact build() {
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
