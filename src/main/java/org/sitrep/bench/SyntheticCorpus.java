package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;

/**
 * Generates realistic-looking annotated articles without running the pipeline: troop deployments
 * between countries with figures (exact, "up to", "more than", "about", ranges; current and
 * planned), a minister who says so, a quote, a date, and filler sentences taken from the sample
 * articles with the countries swapped. Every layer is built with exact offsets, so stores, servers
 * and benchmarks can be filled with many articles in seconds. Deterministic per seed and index.
 */
public final class SyntheticCorpus {
  record Country(
      String name, String demonym, String iso3, String capital, double lat, double lon) {}

  static final List<Country> COUNTRIES =
      List.of(
          new Country("Germany", "German", "DEU", "Berlin", 52.52, 13.40),
          new Country("Lithuania", "Lithuanian", "LTU", "Vilnius", 54.69, 25.28),
          new Country("Poland", "Polish", "POL", "Warsaw", 52.23, 21.01),
          new Country("Latvia", "Latvian", "LVA", "Riga", 56.95, 24.11),
          new Country("Estonia", "Estonian", "EST", "Tallinn", 59.44, 24.75),
          new Country("France", "French", "FRA", "Paris", 48.86, 2.35),
          new Country("Norway", "Norwegian", "NOR", "Oslo", 59.91, 10.75),
          new Country("Finland", "Finnish", "FIN", "Helsinki", 60.17, 24.94),
          new Country("Romania", "Romanian", "ROU", "Bucharest", 44.43, 26.10),
          new Country("Netherlands", "Dutch", "NLD", "The Hague", 52.08, 4.30));
  static final String[] FIRST = {
    "Anna", "Jonas", "Marta", "Pieter", "Ilona", "Karl", "Sofia", "Mikael", "Elena", "Tomas",
    "Ruta", "Henrik", "Agnes", "Viktor", "Laura", "Andris"
  };
  static final String[] LAST = {
    "Keller",
    "Kazlauskas",
    "Nowak",
    "Berzins",
    "Tamm",
    "Moreau",
    "Hansen",
    "Virtanen",
    "Popescu",
    "de Vries",
    "Brandt",
    "Petraitis",
    "Lindqvist",
    "Ozols",
    "Rebane",
    "Wojcik"
  };
  static final String[] ROLES = {
    "Defense Minister", "Foreign Minister", "Prime Minister", "Chief of Defence"
  };
  static final String[] OUTLETS = {
    "Wire One",
    "Daily Two",
    "Review Three",
    "Baltic Times",
    "Evening Post",
    "Continental News",
    "Morning Ledger",
    "Northern Herald",
    "Radio East",
    "Capital Observer",
    "Frontline Weekly",
    "The Bulletin"
  };
  static final String[] QUOTES = {
    "We are strengthening our contribution on the eastern flank and sending a clear sign of resolve",
    "Our allies can rely on us, today and in the years to come",
    "This deployment shows that the alliance stands together",
    "We will do what it takes to protect every inch of allied territory",
    "The brigade will be ready on schedule and fully equipped"
  };
  static final String[] FALLBACK_FILLER = {
    "Germany has led a NATO battlegroup in Lithuania since 2017.",
    "The deployment is part of a wider effort to enhance NATO readiness.",
    "Officials said the troops would be stationed near the capital.",
    "The alliance has reinforced its eastern flank since the invasion of Ukraine."
  };

  private final long seed;
  private final List<String> filler;

  public SyntheticCorpus(long seed, List<String> filler) {
    this.seed = seed;
    this.filler = filler.isEmpty() ? List.of(FALLBACK_FILLER) : List.copyOf(filler);
  }

  /**
   * Filler sentences from the sample articles in {@code examples}, or a few built-in ones when it
   * is absent.
   */
  public static List<String> fillerFrom(Path examples) {
    List<String> out = new ArrayList<>();
    try (var files = Files.list(examples)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String s : Files.readString(p).split("(?<=[.!?])\\s+")) {
          String t = s.strip().replaceAll("\\s+", " ");
          if (t.length() > 40 && t.length() < 300 && !t.contains("“") && !t.contains("\""))
            out.add(t);
        }
      }
    } catch (IOException e) {
      return List.of(FALLBACK_FILLER);
    }
    return out;
  }

  /** Builds text and remembers where each piece went. */
  private static final class Text {
    final StringBuilder b = new StringBuilder(2048);

    int[] add(String s) {
      int start = b.length();
      b.append(s);
      return new int[] {start, b.length()};
    }
  }

  /** The {@code i}-th article. */
  public Annotated article(int i) {
    Random r = new Random(seed * 1_000_003L + i);
    Country from = COUNTRIES.get(r.nextInt(3) == 0 ? r.nextInt(COUNTRIES.size()) : 0);
    Country to = COUNTRIES.get(1 + r.nextInt(COUNTRIES.size() - 1));
    if (to == from) to = COUNTRIES.get(1);
    String first = FIRST[r.nextInt(FIRST.length)], last = LAST[r.nextInt(LAST.length)];
    String person = first + " " + last, role = ROLES[r.nextInt(ROLES.length)];
    boolean planned = r.nextInt(10) < 3;
    int n = 50 * (2 + r.nextInt(100));
    LocalDate published = LocalDate.of(2022, 1, 3).plusDays((i * 7L + r.nextInt(7)) % 1_150);

    Text t = new Text();
    List<Span> sentences = new ArrayList<>();
    List<Mention> ents = new ArrayList<>();
    List<TimeExpr> times = new ArrayList<>();
    List<Quantity> qs = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Event> events = new ArrayList<>();

    // Sentence 1: who sends how many where, and who said so.
    int s1 = t.b.length();
    int[] fromAt = t.add(from.name());
    ents.add(
        new Mention(
            fromAt[0],
            fromAt[1],
            from.name(),
            "LOCATION",
            null,
            from.iso3(),
            from.name(),
            null,
            "name",
            Double.NaN,
            Double.NaN));
    int[] verb = t.add(planned ? " will send " : " has deployed ");
    int kind = r.nextInt(20);
    String qtext;
    Quantity.Bound bound = Quantity.Bound.EXACT;
    boolean approx = false;
    Double max = null;
    if (kind < 4) {
      qtext = "up to " + fmt(n) + " soldiers";
      bound = Quantity.Bound.AT_MOST;
    } else if (kind < 7) {
      qtext = "more than " + fmt(n) + " soldiers";
      bound = Quantity.Bound.AT_LEAST;
    } else if (kind < 9) {
      max = (double) (n + 50 * (1 + r.nextInt(10)));
      qtext = "between " + fmt(n) + " and " + fmt(max.intValue()) + " soldiers";
      bound = Quantity.Bound.RANGE;
    } else if (kind < 13) {
      qtext = "about " + fmt(n) + " soldiers";
      approx = true;
    } else {
      qtext = fmt(n) + " soldiers";
    }
    int[] qAt = t.add(qtext);
    qs.add(new Quantity(qAt[0], qAt[1], qtext, n, max, null, "soldiers", approx, bound, null));
    t.add(" to ");
    int[] toAt = t.add(to.name());
    ents.add(
        new Mention(
            toAt[0],
            toAt[1],
            to.name(),
            "LOCATION",
            null,
            to.iso3(),
            to.name(),
            null,
            "name",
            Double.NaN,
            Double.NaN));
    t.add(", " + from.demonym() + " ");
    int[] roleAt = t.add(role + " ");
    int[] personAt = t.add(person);
    ents.add(
        new Mention(
            roleAt[0],
            personAt[1],
            role + " " + person,
            "PERSON",
            role,
            from.iso3(),
            person,
            null,
            "name",
            Double.NaN,
            Double.NaN));
    t.add(" said on ");
    String day =
        published
            .getDayOfWeek()
            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    int[] dayAt = t.add(day);
    times.add(new TimeExpr(dayAt[0], dayAt[1], day, "DATE", published.toString(), true));
    t.add(".");
    sentences.add(new Span(s1, t.b.length()));
    events.add(
        new Event(
            "deploy",
            "150",
            verb[0] + 1,
            verb[1] - 1,
            from.iso3(),
            null,
            to.iso3(),
            0,
            null,
            planned ? Event.Status.PLANNED : Event.Status.REPORTED));
    t.add(" ");

    // Sentence 2: a quote, said in the host's capital.
    int s2 = t.b.length();
    t.add("“");
    String quote = QUOTES[r.nextInt(QUOTES.length)];
    int[] quoteAt = t.add(quote);
    t.add(",” ");
    int[] lastAt = t.add(last);
    ents.add(
        new Mention(
            lastAt[0],
            lastAt[1],
            last,
            "PERSON",
            null,
            null,
            person,
            null,
            "short-form",
            Double.NaN,
            Double.NaN));
    t.add(" told reporters in ");
    int[] capAt = t.add(to.capital());
    ents.add(
        new Mention(
            capAt[0],
            capAt[1],
            to.capital(),
            "LOCATION",
            null,
            to.iso3(),
            to.capital(),
            null,
            "name",
            to.lat(),
            to.lon()));
    t.add(".");
    sentences.add(new Span(s2, t.b.length()));
    quotes.add(
        new Quote(
            quoteAt[0],
            quoteAt[1],
            quote,
            person,
            lastAt[0],
            lastAt[1],
            "told",
            Quote.Kind.DIRECT));

    // Filler from the samples, the countries swapped, shuffled.
    int fillers = 3 + r.nextInt(5);
    for (int k = 0; k < fillers; k++) {
      t.add(" ");
      int s = t.b.length();
      String f =
          filler
              .get(r.nextInt(filler.size()))
              .replace("Germany", from.name())
              .replace("Lithuania", to.name())
              .replace("German", from.demonym())
              .replace("Lithuanian", to.demonym());
      t.add(f);
      sentences.add(new Span(s, t.b.length()));
    }

    String title =
        from.name()
            + (planned ? " to send " : " sends ")
            + (bound == Quantity.Bound.AT_MOST ? "up to " : "")
            + fmt(n)
            + " troops to "
            + to.name();
    String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
    Document d =
        Document.of(
            new Source("synthetic", null, "syn-" + seed + "-" + i, i),
            outlet,
            "EuropeLandWar",
            title,
            Published.stated(published.toString()),
            "en",
            List.of(),
            t.b.toString());
    // Its facts layer, as the facts stage makes it from the layers above.
    return new org.sitrep.annotate.fact.FactStage()
        .apply(
            new Annotated(
                d, sentences, List.of(), ents, times, qs, quotes, events, List.of(), List.of()));
  }

  private static String fmt(int n) {
    return String.format(java.util.Locale.ENGLISH, "%,d", n);
  }
}
