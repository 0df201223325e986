package org.sitrep.testing;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Fact;
import org.sitrep.model.Quantity;

/**
 * A {@link Fact} for tests, written by the fields that matter to the test: a current, exact level
 * of the document's first quantity, with no subject, place, date or whole, unless set. The fact is
 * made by the record's own constructor, its fields taken by name: a field the record gains later is
 * null, 0 or false until a test sets it.
 */
public final class FactBuilder {
  private final Map<String, Object> fields = new HashMap<>();

  private FactBuilder(String measure, double value) {
    set("measure", measure);
    set("value", value);
    set("bound", Quantity.Bound.EXACT);
    set("kind", Fact.Kind.LEVEL);
    set("status", Fact.Status.CURRENT);
    set("partOf", -1);
  }

  /** A fact measuring {@code measure} at {@code value}. */
  public static FactBuilder fact(String measure, double value) {
    return new FactBuilder(measure, value);
  }

  private FactBuilder set(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  public FactBuilder quantity(int index) {
    return set("quantityIndex", index);
  }

  /** The subject's name and where the text names it (null offsets when it does not). */
  public FactBuilder subject(String name, Integer start, Integer end) {
    return set("subject", name).set("subjectStart", start).set("subjectEnd", end);
  }

  public FactBuilder place(String place) {
    return set("place", place);
  }

  /** A range up to {@code max}. */
  public FactBuilder upTo(double max) {
    return set("valueMax", max).set("bound", Quantity.Bound.RANGE);
  }

  public FactBuilder unit(String unit) {
    return set("unit", unit);
  }

  public FactBuilder approximate() {
    return set("approximate", true);
  }

  /** A direction ("increase", "decrease"). */
  public FactBuilder change(String direction) {
    return set("change", direction);
  }

  public FactBuilder kind(Fact.Kind kind) {
    return set("kind", kind);
  }

  public FactBuilder status(Fact.Status status) {
    return set("status", status);
  }

  /** The date the figure speaks of and how it was found. */
  public FactBuilder asOf(String date, String how) {
    return set("asOf", date).set("asOfHow", how);
  }

  public FactBuilder period(String period) {
    return set("period", period);
  }

  public FactBuilder target(String target) {
    return set("target", target);
  }

  public FactBuilder attributedTo(String who) {
    return set("attributedTo", who);
  }

  /** The sentence the figure stands in. */
  public FactBuilder evidence(int start, int end) {
    return set("evidenceStart", start).set("evidenceEnd", end);
  }

  /** The index of the whole it belongs to among the document's facts. */
  public FactBuilder partOf(int whole) {
    return set("partOf", whole);
  }

  public Fact build() {
    RecordComponent[] components = Fact.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    Set<String> unknown = new HashSet<>(fields.keySet());
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      unknown.remove(components[i].getName());
      Object v = fields.get(components[i].getName());
      args[i] = v != null ? v : zero(types[i]);
    }
    if (!unknown.isEmpty()) throw new IllegalStateException("Fact has no field " + unknown);
    try {
      return Fact.class.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a Fact: " + e, e);
    }
  }

  /** What a field of type {@code t} holds when no test sets it. */
  private static Object zero(Class<?> t) {
    if (t == boolean.class) return false;
    if (t == int.class) return 0;
    if (t == long.class) return 0L;
    if (t == double.class) return 0.0;
    return null;
  }
}
