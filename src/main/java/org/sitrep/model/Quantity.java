package org.sitrep.model;

/**
 * A number in the text with what it measures. {@code bound}: exact, at_most ("up to"), at_least
 * ("more than"), range (then {@code valueMax} holds the upper end). {@code change}: increase,
 * decrease or null ("350 more", "additional", "doubled"). {@code unit}: a normalised unit (percent,
 * kilometre, EUR ...) or null; {@code counted}: the thing counted (soldiers, vehicles, gross
 * domestic product) or null.
 */
public record Quantity(
    int start,
    int end,
    String text,
    double value,
    Double valueMax,
    String unit,
    String counted,
    boolean approximate,
    Bound bound,
    String change) {

  public enum Bound {
    EXACT,
    AT_MOST,
    AT_LEAST,
    RANGE;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
