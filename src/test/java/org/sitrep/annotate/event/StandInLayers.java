package org.sitrep.annotate.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.entity.EntityStage;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Source;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * Test fixture: the layers the event stage reads, built the way the tests can on this branch.
 * Tokens, sentences and mentions come from the real CoreNLP and entity stages. Countries on
 * mentions, quantities and times belong to the places, quantities and time stages that other
 * developers are writing; until they merge, this class stands in for them with deliberately small
 * rules: a country table for the names in the test texts, a number followed by its noun, weekdays
 * and four-digit years. They are fixtures, not implementations: the event stage must not depend on
 * how they are made, only on the model records.
 */
final class StandInLayers {
  /**
   * Country names, demonyms and capitals that occur in the example articles, with their ISO 3166
   * alpha-3 codes.
   */
  private static final Map<String, String> COUNTRIES =
      Map.ofEntries(
          Map.entry("germany", "DEU"),
          Map.entry("german", "DEU"),
          Map.entry("berlin", "DEU"),
          Map.entry("lithuania", "LTU"),
          Map.entry("lithuanian", "LTU"),
          Map.entry("vilnius", "LTU"),
          Map.entry("russia", "RUS"),
          Map.entry("russian", "RUS"),
          Map.entry("moscow", "RUS"),
          Map.entry("kremlin", "RUS"),
          Map.entry("ukraine", "UKR"),
          Map.entry("ukrainian", "UKR"),
          Map.entry("kyiv", "UKR"),
          Map.entry("kiev", "UKR"),
          Map.entry("belarus", "BLR"),
          Map.entry("poland", "POL"),
          Map.entry("estonia", "EST"),
          Map.entry("latvia", "LVA"),
          Map.entry("mali", "MLI"),
          Map.entry("washington", "USA"),
          Map.entry("u.s.", "USA"),
          Map.entry("us", "USA"),
          Map.entry("united states", "USA"),
          Map.entry("france", "FRA"),
          Map.entry("afghanistan", "AFG"),
          Map.entry("north korean", "PRK"),
          Map.entry("kaliningrad", "RUS"),
          Map.entry("finland", "FIN"),
          Map.entry("japan", "JPN"),
          Map.entry("britain", "GBR"),
          Map.entry("paris", "FRA"),
          Map.entry("french", "FRA"),
          Map.entry("kharkiv", "UKR"),
          Map.entry("warsaw", "POL"),
          Map.entry("polish", "POL"),
          Map.entry("china", "CHN"),
          Map.entry("taiwan", "TWN"));

  private static final Set<String> DEMONYMS =
      Set.of("german", "lithuanian", "russian", "ukrainian", "north korean", "french", "polish");
  private static final Set<String> CAPITALS =
      Set.of(
          "berlin",
          "vilnius",
          "moscow",
          "kremlin",
          "kyiv",
          "kiev",
          "washington",
          "paris",
          "warsaw");
  private static final Map<String, String> WEEKDAYS =
      Map.of(
          "monday",
          "1",
          "tuesday",
          "2",
          "wednesday",
          "3",
          "thursday",
          "4",
          "friday",
          "5",
          "saturday",
          "6",
          "sunday",
          "7");

  private StandInLayers() {}

  static Annotated tagged(String body) {
    Document d =
        Document.of(
            Source.file("test"), null, null, null, Published.UNKNOWN, "en", List.of(), body);
    Annotated a = new CoreNlpStage().apply(Annotated.of(d));
    return new EntityStage().apply(a);
  }

  /** Tagged text with stand-in countries, quantities and times. */
  static Annotated full(String body) {
    Annotated a = tagged(body);
    return a.withEntities(countries(a.entities()))
        .withQuantities(quantities(a))
        .withTimes(times(a));
  }

  static List<Mention> countries(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      String k = m.text().toLowerCase(Locale.ROOT);
      String iso = COUNTRIES.get(k);
      if (iso == null || m.type().equals("PERSON")) {
        out.add(m);
        continue;
      }
      String kind =
          DEMONYMS.contains(k)
              ? "demonym"
              : CAPITALS.contains(k) ? "capital-for-government" : "name";
      out.add(m.withPlace(iso, Double.NaN, Double.NaN).withKind(kind));
    }
    return out;
  }

  /**
   * A number (digits, or "thousands of") with an optional "up to"/"about" before it and its counted
   * noun after.
   */
  static List<Quantity> quantities(Annotated a) {
    List<Token> t = a.tokens();
    List<Quantity> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word().replace(",", "");
      double value;
      if (w.matches("\\d+(\\.\\d+)?")) value = Double.parseDouble(w);
      else if (w.equalsIgnoreCase("thousands")
          && i + 1 < t.size()
          && t.get(i + 1).word().equals("of")) value = 1000;
      else continue;
      if (value >= 1900 && value <= 2100 && !w.contains(","))
        continue; // a year: the time stand-in takes it
      int start = i;
      Quantity.Bound bound = Quantity.Bound.EXACT;
      boolean approx = false;
      if (i >= 2
          && t.get(i - 2).word().equalsIgnoreCase("up")
          && t.get(i - 1).word().equals("to")) {
        start = i - 2;
        bound = Quantity.Bound.AT_MOST;
      } else if (i >= 1
          && Set.of("about", "around", "some", "approximately").contains(low(t.get(i - 1)))) {
        start = i - 1;
        approx = true;
      }
      int j = i + 1;
      String change = null, unit = null, counted = null;
      if (j < t.size() && t.get(j).word().equals("%")) {
        unit = "percent";
        j++;
      }
      if (j < t.size() && low(t.get(j)).equals("of")) j++;
      if (j < t.size() && Set.of("more", "additional").contains(low(t.get(j)))) {
        change = "increase";
        j++;
      }
      while (j < t.size()
          && (t.get(j).pos().startsWith("JJ") || t.get(j).pos().equals("NNP"))
          && j < i + 4) j++;
      int end = i;
      if (j < t.size() && t.get(j).pos().startsWith("NNS")) {
        counted = t.get(j).word();
        end = j;
        if (Set.of("years", "months", "days", "weeks").contains(counted)) {
          unit = counted.substring(0, counted.length() - 1);
          counted = null;
        }
      }
      String text = a.body().substring(t.get(start).start(), t.get(end).end());
      out.add(
          new Quantity(
              t.get(start).start(),
              t.get(end).end(),
              text,
              value,
              null,
              unit,
              counted,
              approx,
              bound,
              change));
    }
    return out;
  }

  /** Weekday names and four-digit years, as TIMEX3 values. */
  static List<TimeExpr> times(Annotated a) {
    List<TimeExpr> out = new ArrayList<>();
    for (Token t : a.tokens()) {
      String w = low(t);
      if (WEEKDAYS.containsKey(w)) {
        out.add(
            new TimeExpr(
                t.start(), t.end(), t.word(), "DATE", "XXXX-WXX-" + WEEKDAYS.get(w), false));
      } else if (w.matches("(19|20)\\d\\d")) {
        out.add(new TimeExpr(t.start(), t.end(), t.word(), "DATE", w, true));
      }
    }
    return out;
  }

  private static String low(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
