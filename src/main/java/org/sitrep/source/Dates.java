package org.sitrep.source;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as the contract wants them: an ISO calendar date, or null when the input gives
 * none we trust.
 */
final class Dates {
  private static final Pattern ISO_PREFIX =
      Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.]+.*)?\\s*$");

  private Dates() {}

  /**
   * An ISO date (2023-06-26, or the date part of an RFC 3339 time, as written: the publisher's own
   * calendar day) or an RFC 1123 date as RSS writes them; null when neither.
   */
  static String isoDate(String text) {
    if (text == null || text.isBlank()) return null;
    Matcher m = ISO_PREFIX.matcher(text);
    try {
      if (m.matches()) return LocalDate.parse(m.group(1)).toString();
      return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toLocalDate()
          .toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Rome hands over instants without the feed's offset, so the day is taken in UTC. */
  static String isoDate(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
