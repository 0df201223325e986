package org.sitrep.source;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.sitrep.clean.date.DateText;

/**
 * Publication dates as the contract wants them: an ISO calendar date, or null when the input gives
 * none we trust. Read by the one date reader, {@link DateText}.
 */
final class Dates {
  private Dates() {}

  /**
   * The day a feed or record states (2023-06-26, an RFC 3339 time, an RFC 1123 date as RSS writes
   * them), as written: the publisher's own calendar day, never converted to UTC; null when none.
   */
  static String isoDate(String text) {
    LocalDate d = DateText.machine(text);
    return d == null ? null : d.toString();
  }

  /** Rome hands over instants without the feed's offset, so the day is taken in UTC. */
  static String isoDate(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
