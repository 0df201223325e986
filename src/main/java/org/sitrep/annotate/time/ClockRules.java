package org.sitrep.annotate.time;

import java.util.Set;

/**
 * Times of day: "3 p.m.", "10:30 a.m. EST Tuesday", "noon", "at 14:00", "four o'clock", "6 in the
 * morning".
 */
final class ClockRules {
  private ClockRules() {}

  /** How many words back a named day still dates a bare clock time. */
  private static final int DAY_REACH = 30;

  private static final Set<String> CLOCK_CUES =
      Set.of("at", "by", "until", "till", "from", "before", "after", "around", "about", "since");

  static Match at(Text t, int i) {
    int[] clock = clock(t, i);
    if (clock == null) return null;
    int end = clock[2];
    if (end < t.size()
        && Lexicon.ZONES.contains(t.at(end))
        && Character.isUpperCase(t.word(end).text().charAt(0))) end++;
    int dayAt = t.is(end, ",") || t.is(end, "on") ? end + 1 : end;
    Match day = Match.longer(CalendarRules.at(t, dayAt), RelativeRules.at(t, dayAt));
    day = Match.longer(day, DeicticRules.at(t, dayAt));
    String date = t.anchor == null ? "XXXX-XX-XX" : t.anchor.toString();
    boolean anchored = t.anchor != null;
    if (t.lastDay != null && i - t.lastDayAt <= DAY_REACH) {
      date = t.lastDay; // "On Oct. 23 ... at 10 p.m." tells the time of the day just named
    }
    if (day != null
        && Match.DATE.equals(day.type())
        && day.value().length() == 10
        && day.from() == dayAt) {
      date = day.value();
      anchored = day.anchored();
      end = day.to();
    }
    return new Match(
        i, end, Match.TIME, String.format("%sT%02d:%02d", date, clock[0], clock[1]), anchored);
  }

  /** {hour of 24, minute, next index} or null. */
  private static int[] clock(Text t, int i) {
    String w = t.at(i);
    if ((w.equals("noon") || w.equals("midday")) && !t.is(i - 1, "high"))
      return new int[] {12, 0, i + 1};
    if (w.equals("midnight")) return new int[] {24, 0, i + 1};
    int h, m = 0;
    if (t.number(i)) {
      String[] hm = w.split("[:.]");
      if (hm.length > 2 || hm[0].length() > 2 || (hm.length == 2 && hm[1].length() != 2))
        return null;
      h = Integer.parseInt(hm[0]);
      if (hm.length == 2) m = Integer.parseInt(hm[1]);
      if (h > 24 || m > 59) return null;
      int k = i + 1;
      int[] ampm = meridiem(t, k);
      if (ampm != null) {
        if (h == 0 || h > 12) return null;
        h = h % 12 + (ampm[0] == 1 ? 12 : 0);
        return new int[] {h, m, ampm[1]};
      }
      if (t.is(k, "o")
          && t.attached(k)
          && (t.is(k + 1, "'") || t.is(k + 1, "\u2019"))
          && t.is(k + 2, "clock")) return new int[] {h, m, k + 3};
      if (t.is(k, "in")
          && t.is(k + 1, "the")
          && Lexicon.DAY_PARTS.containsKey(t.at(k + 2))
          && h <= 12) {
        boolean pm = !t.is(k + 2, "morning") && h < 12;
        return new int[] {pm ? h + 12 : h, m, k + 3};
      }
      if (hm.length == 2 && w.contains(":") && CLOCK_CUES.contains(t.at(i - 1)))
        return new int[] {h, m, i + 1};
      return null;
    }
    return null;
  }

  /** {1 for p.m. else 0, next index} for "a.m.", "p.m.", "am", "pm" (optionally glued), or null. */
  private static int[] meridiem(Text t, int k) {
    String w = t.at(k);
    if (w.equals("am") || w.equals("pm"))
      return new int[] {w.equals("pm") ? 1 : 0, t.skipDot(k + 1)};
    if ((w.equals("a") || w.equals("p"))
        && t.is(k + 1, ".")
        && t.attached(k + 1)
        && t.is(k + 2, "m")
        && t.attached(k + 2)) {
      return new int[] {w.equals("p") ? 1 : 0, t.skipDot(k + 3)};
    }
    return null;
  }
}
