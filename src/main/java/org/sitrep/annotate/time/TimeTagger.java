package org.sitrep.annotate.time;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.TimeExpr;

/**
 * Finds English time expressions and gives each its TIMEX3 type and value. Relative expressions
 * ("on Monday", "last June", "two years ago") are resolved against the anchor, the publication
 * date; without one they keep a value with X placeholders and {@code anchored=false}.
 *
 * <p>The text is split into words once and each rule looks at a bounded number of words from a
 * position, so the work is linear in the text length. Thread-safe: the tagger holds no state.
 *
 * <p>Conventions: ISO weeks are zero-padded (2022-W05) and decades have three digits (the 1990s =
 * 199), as TIMEX3 writes them; TimeBank's gold sometimes writes 2000-W7 and 199X instead. A bare
 * weekday or month is read in the past unless its clause speaks of the future ("will", "plans").
 */
public final class TimeTagger {
  /**
   * The outcome of a tagging run with a time budget: {@code complete} is false when the budget ran
   * out.
   */
  public record Result(List<TimeExpr> times, boolean complete) {}

  private static final Set<String> DATE_MODIFIERS =
      Set.of("early", "late", "mid", "earlier", "later", "end", "beginning", "start", "middle");
  private static final Set<String> AMOUNT_MODIFIERS =
      Set.of(
          "about",
          "around",
          "nearly",
          "almost",
          "roughly",
          "approximately",
          "some",
          "over",
          "under");
  private static final int BUDGET_CHECK_EVERY = 1024;

  /** Tags {@code text}; {@code anchor} may be null. */
  public List<TimeExpr> tag(String text, LocalDate anchor) {
    return tag(text, anchor, null).times();
  }

  /** Tags {@code text} and stops where it got to when {@code budget} (null for none) runs out. */
  public Result tag(String text, LocalDate anchor, Duration budget) {
    if (text == null) throw new IllegalArgumentException("text is required");
    long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
    Text t = new Text(Words.of(text), anchor);
    List<TimeExpr> out = new ArrayList<>();
    int floor = 0;
    int steps = 0;
    for (int i = 0; i < t.size(); ) {
      if (++steps % BUDGET_CHECK_EVERY == 0 && System.nanoTime() > deadline) {
        return new Result(out, false);
      }
      Match m = best(t, i);
      if (m == null) {
        i++;
        continue;
      }
      m = widen(t, m, floor);
      out.add(toExpr(text, t, m));
      t.remember(m, namesQuarter(t, m));
      floor = m.to();
      i = m.to();
    }
    return new Result(out, true);
  }

  private static Match best(Text t, int i) {
    Match m = CalendarRules.at(t, i);
    m = Match.longer(m, PeriodRules.at(t, i));
    m = Match.longer(m, RelativeRules.at(t, i));
    m = Match.longer(m, DeicticRules.at(t, i));
    m = Match.longer(m, ClockRules.at(t, i));
    m = Match.longer(m, DurationRules.at(t, i));
    return m;
  }

  /**
   * Pulls modifiers that TIMEX3 keeps inside the expression into it: "early 2023", "more than two
   * years".
   */
  private static Match widen(Text t, Match m, int floor) {
    for (int guard = 0; guard < 4; guard++) {
      int f = m.from();
      String p = t.at(f - 1);
      int to = f;
      if (f - 1 < floor) break;
      if (DATE_MODIFIERS.contains(p) && !Match.DURATION.equals(m.type())) {
        to = f - 1;
        if ((p.equals("end") || p.equals("beginning") || p.equals("start") || p.equals("middle"))
            && !t.is(f, "of")) break;
      } else if (p.equals("of") && DATE_MODIFIERS.contains(t.at(f - 2)) && f - 2 >= floor) {
        to = f - 2;
        if (t.is(to - 1, "the") && to - 1 >= floor) to--;
      } else if (p.equals("-")
          && (t.is(f - 2, "mid") || t.is(f - 2, "early") || t.is(f - 2, "late"))
          && f - 2 >= floor) {
        to = f - 2;
      } else if (p.equals("than")
          && (t.is(f - 2, "more") || t.is(f - 2, "less") || t.is(f - 2, "fewer"))
          && f - 2 >= floor) {
        to = t.is(f - 3, "no") && f - 3 >= floor ? f - 3 : f - 2;
      } else if ((p.equals("least") || p.equals("most")) && t.is(f - 2, "at") && f - 2 >= floor) {
        to = f - 2;
      } else if (p.equals("to") && t.is(f - 2, "up") && f - 2 >= floor) {
        to = f - 2;
      } else if (p.equals("the") && (t.is(f, "early") || t.is(f, "late") || t.is(f, "mid"))) {
        to = f - 1;
      } else if (AMOUNT_MODIFIERS.contains(p)
          && !t.is(f, "the")
          && (Match.DURATION.equals(m.type()) || agoLike(t, m))) {
        to = f - 1;
      } else break;
      m = m.from(to);
    }
    return m;
  }

  /**
   * Whether the match names a quarter in its own words ("the third quarter", not "a year earlier").
   */
  private static boolean namesQuarter(Text t, Match m) {
    if (m.value().length() != 7
        || m.value().charAt(5) != 'Q'
        || !Character.isDigit(m.value().charAt(0))) return false;
    for (int k = m.from(); k < m.to(); k++)
      if (t.is(k, "ago") || t.is(k, "earlier") || t.is(k, "latest")) return false;
    return true;
  }

  private static boolean agoLike(Text t, Match m) {
    String last = t.at(m.to() - 1);
    return last.equals("ago") || last.equals("earlier") || last.equals("later");
  }

  private static TimeExpr toExpr(String text, Text t, Match m) {
    int start = t.word(m.from()).start();
    int end = t.word(m.to() - 1).end();
    return new TimeExpr(start, end, text.substring(start, end), m.type(), m.value(), m.anchored());
  }
}
