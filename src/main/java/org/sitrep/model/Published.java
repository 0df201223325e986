package org.sitrep.model;

/**
 * A publication date. {@code value} is an ISO date (2023-06-26) or null; {@code evidence} is what
 * it was read from: the markup that states it (a meta tag, JSON-LD) or the text that pinned it down
 * when it was inferred (a dateline, a byline, a labelled date, the URL); null when not known.
 */
public record Published(String value, How how, String evidence) {
  public enum How {
    STATED,
    INFERRED,
    UNKNOWN;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static final Published UNKNOWN = new Published(null, How.UNKNOWN, null);

  public static Published stated(String isoDate) {
    return new Published(isoDate, How.STATED, null);
  }

  public Published {
    if (how == null) throw new IllegalArgumentException("how is required");
    if (how != How.UNKNOWN && value == null)
      throw new IllegalArgumentException(how + " date needs a value");
  }
}
