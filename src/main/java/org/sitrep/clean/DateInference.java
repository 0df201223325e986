package org.sitrep.clean;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.Published;

/**
 * Pins down the publication date of an article that states none, from its own text: a dateline
 * ("VILNIUS, June 26, 2023 (Reuters) -"), a "Published/Updated/Posted" line, or a first line that
 * is only a date. The date must be a full one with a year; the text it was read from is kept as
 * evidence. A date inside a sentence of the story ("the treaty signed on March 3, 1999") is never
 * taken, since it says what the story is about, not when it was written.
 */
public final class DateInference {
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
          + "|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
  private static final String DATE =
      "(?:"
          + WEEKDAY
          + MONTH
          + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
          + "|"
          + WEEKDAY
          + "(\\d{1,2})\\s+"
          + MONTH
          + ",?\\s+(\\d{4})"
          + "|(\\d{4})-(\\d{2})-(\\d{2}))";

  /**
   * "VILNIUS, June 26, 2023 (Reuters) —": a place in capitals, the date, an optional agency, a
   * dash.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]+)?,?\\s+"
              + DATE
              + "\\s*(?:\\([^)]{1,30}\\))?\\s*[-—–:]");

  private static final Pattern LABELLED =
      Pattern.compile(
          "(?im)^\\s*(?:published|posted|updated|first published|last updated)(?: on)?:?\\s+"
              + DATE);
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*" + DATE + "\\s*(?:\\n|$)");
  private static final int LOOK = 400;

  private DateInference() {}

  /**
   * The document with an inferred date when it had none and its text pins one down; else unchanged.
   */
  public static Document apply(Document d) {
    if (d.published().how() != Published.How.UNKNOWN) return d;
    String head = d.body().substring(0, Math.min(d.body().length(), LOOK));
    for (Pattern p : new Pattern[] {DATELINE, LABELLED, DATE_LINE}) {
      Matcher m = p.matcher(head);
      if (!m.find()) continue;
      String iso = iso(m);
      if (iso == null) continue;
      Published pub = new Published(iso, Published.How.INFERRED, m.group().strip());
      return new Document(
          d.id(),
          d.sources(),
          d.outlet(),
          d.label(),
          d.title(),
          pub,
          d.language(),
          d.headings(),
          d.body());
    }
    return d;
  }

  private static String iso(Matcher m) {
    try {
      if (m.group(1) != null) return date(m.group(3), m.group(1), m.group(2));
      if (m.group(4) != null) return date(m.group(6), m.group(5), m.group(4));
      return LocalDate.of(
              Integer.parseInt(m.group(7)),
              Integer.parseInt(m.group(8)),
              Integer.parseInt(m.group(9)))
          .toString();
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String date(String year, String month, String day) {
    int mm =
        "janfebmaraprmayjunjulaugsepoctnovdec"
                    .indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT))
                / 3
            + 1;
    return LocalDate.of(Integer.parseInt(year), mm, Integer.parseInt(day)).toString();
  }
}
