package org.sitrep.annotate.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * What an article is about: the organisation or person its title names, else the organisation it
 * names clearly more often than any other (not a person: an article's most named person is as often
 * a witness or a speaker as what its figures are about); and likewise its place, a country's people
 * ("Indian") counting as its country. A figure whose own clause names no one ("The company gained
 * $1 billion", "It will retail for $199" with nothing named before) is taken to be about the
 * article's topic; when an article has no clear topic the subject stays unknown.
 */
record Topic(Subjects.Who entity, Subjects.Who place, List<Subjects.Who> organizations) {
  /** Mentions the leading name needs, and how many times the runner-up's count it must reach. */
  static final int MIN_MENTIONS = 3;

  static final double LEAD = 2.0;

  static final Topic NONE = new Topic(null, null, List.of());

  static Topic of(Annotated a) {
    String title = a.document().title();
    if (title == null || title.isBlank()) title = headline(a.body());
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
    Map<String, int[]> actors = new HashMap<>(), people = new HashMap<>();
    Map<String, int[]> places = new HashMap<>();
    Span lede = lede(a, title != null && title.equals(headline(a.body())));
    Map<String, Mention> firstOf = new HashMap<>();
    Map<String, Integer> sources = new HashMap<>();
    List<Subjects.Who> organizations = new ArrayList<>();
    for (Mention m : a.entities()) {
      if ("ORGANIZATION".equals(m.type()) && !"demonym".equals(m.kind()))
        organizations.add(Subjects.fullName(a, m));
      if ("demonym".equals(m.kind())) {
        // "Indian policymakers", "the Indian economy": a people's name speaks of its country
        if (m.country() != null)
          places.computeIfAbsent(Subjects.countryName(m.country()), k -> new int[3])[0]++;
        continue;
      }
      boolean actor = "ORGANIZATION".equals(m.type()) || "PERSON".equals(m.type());
      boolean place = "LOCATION".equals(m.type());
      if (!actor && !place) continue;
      String name = Subjects.name(m);
      firstOf.putIfAbsent(name, m);
      boolean titled = !t.isEmpty() && containsWord(t, m.text().toLowerCase(Locale.ROOT));
      int[] c = (actor ? actors : places).computeIfAbsent(name, k -> new int[3]);
      c[0]++;
      if (titled) c[1] = 1;
      if (m.start() >= lede.start() && m.end() <= lede.end()) c[2] = 1;
      if (actor && cited(a, m)) sources.merge(name, 1, Integer::sum);
      // a person is the topic only when the title names them: the people an article names most
      // often (a witness, a minister) are seldom what its unowned figures are about
      if ("PERSON".equals(m.type())) {
        int[] p = people.computeIfAbsent(name, k -> new int[3]);
        p[0]++;
        if (titled) p[1] = 1;
      }
    }
    // a body or person named mostly as a source ("(Acme Institute, 2023)", "according to Acme",
    // "Dr Lee warned that") is who reports the article's figures, not what they are about
    actors
        .entrySet()
        .removeIf(
            e ->
                e.getValue()[1] == 0 && 2 * sources.getOrDefault(e.getKey(), 0) >= e.getValue()[0]);
    // "6,000 surgical masks stolen from Kobe hospital" over an article that names the Japanese Red
    // Cross Kobe Hospital once and then says "the hospital": the organisation the title describes
    Subjects.Who described = Subjects.describedIn(t, organizations);
    if (described != null) {
      int[] c = actors.computeIfAbsent(described.name(), k -> new int[3]);
      c[1] = 1;
      c[0] += definiteMentions(a.body(), described.mention());
    }
    Subjects.Who who = lead(actors);
    if (who != null && people.containsKey(who.name()) && people.get(who.name())[1] == 0) who = null;
    Subjects.Who place = lead(places);
    // "KYIV, Ukraine —": with no place clearly most named, the dateline's
    if (place == null) place = dateline(a.body());
    return new Topic(who, place, organizations);
  }

  /**
   * How many times the body says "the" and the last word of the organisation's name ("the hospital"
   * for the Japanese Red Cross Kobe Hospital).
   */
  private static int definiteMentions(String body, Mention m) {
    String t = m.text();
    String noun = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (noun.length() < 3) return 0;
    java.util.regex.Matcher x =
        java.util.regex.Pattern.compile(
                "(?i)\\bthe\\s+" + java.util.regex.Pattern.quote(noun) + "\\b")
            .matcher(body);
    int n = 0;
    while (x.find()) n++;
    return n;
  }

  /**
   * The country of the article's place: the place itself when it is a country, the country it lies
   * in when it is a city or region ("Mumbai": India); null when it has no place or one the
   * gazetteer does not know.
   */
  Subjects.Who country() {
    if (place == null) return null;
    org.sitrep.annotate.place.Place p =
        org.sitrep.annotate.place.Gazetteer.get().place(place.name()).orElse(null);
    if (p == null || p.iso3() == null) return null;
    return new Subjects.Who(Subjects.countryName(p.iso3()), null);
  }

  /**
   * The article's first sentence after its headline, its lede: a news report names in it what it is
   * about. An empty span when the body has no sentence.
   */
  private static Span lede(Annotated a, boolean headlineInBody) {
    List<Span> sents = a.sentences();
    if (sents.isEmpty()) return new Span(0, 0);
    int nl = a.body().indexOf('\n');
    for (Span s : sents) if (!headlineInBody || nl < 0 || s.start() > nl) return s;
    return new Span(0, 0);
  }

  /**
   * The name the title holds (the most named of those), else the name the lede holds that the
   * article names again (the most named of those), else the clearly most named one.
   */
  private static Subjects.Who lead(Map<String, int[]> counts) {
    String best = null, titled = null, led = null;
    int bestN = 0, second = 0, titledN = 0, ledN = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int n = e.getValue()[0];
      if (e.getValue()[1] > 0 && n > titledN) {
        titled = e.getKey();
        titledN = n;
      }
      if (e.getValue()[2] > 0 && n > ledN) {
        led = e.getKey();
        ledN = n;
      }
      if (n > bestN) {
        second = bestN;
        bestN = n;
        best = e.getKey();
      } else if (n > second) second = n;
    }
    if (titled != null && titledN >= 2) return new Subjects.Who(titled, null);
    if (led != null && ledN >= 2 && ledN >= second) return new Subjects.Who(led, null);
    if (best != null && bestN >= MIN_MENTIONS && bestN >= LEAD * second)
      return new Subjects.Who(best, null);
    return null;
  }

  private static final java.util.regex.Pattern CITATION_AFTER =
      java.util.regex.Pattern.compile("^\\s*,\\s*(?:\\p{Lu}[\\p{L}.]*\\s*)?\\d{4}\\s*\\)");

  private static final java.util.regex.Pattern SOURCE_BEFORE =
      java.util.regex.Pattern.compile("(?i)(?:\\baccording to\\s+(?:the\\s+)?)$");

  /**
   * A mention that names a source: a citation in parentheses ("(Acme Institute, 2023)"), the
   * complement of "according to", or the subject of a verb of saying or estimating.
   */
  static boolean cited(Annotated a, Mention m) {
    String body = a.body();
    String before = body.substring(Math.max(0, m.start() - 20), m.start());
    String after = body.substring(m.end(), Math.min(body.length(), m.end() + 20));
    if (before.endsWith("(") || before.matches("(?s).*\\(\\s*$"))
      return CITATION_AFTER.matcher(after).find();
    if (SOURCE_BEFORE.matcher(before).find()) return true;
    return Subjects.sourceVerbAfter(a, m) >= 0;
  }

  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile(
          "(?m)^\\s*(\\p{Lu}[\\p{Lu}.'’ -]{2,30}?)(?:,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}))?"
              + "\\s*(?:\\([^()\\n]{1,30}\\)\\s*)?[—–-]{1,2}\\s");

  /**
   * The place an article's dateline names ("KYIV, Ukraine —", "LAGOS (Reuters) -"), in its first
   * lines: the country the second part names when it is one, else the place in capitals; null when
   * the article opens with no dateline or the gazetteer knows neither.
   */
  static Subjects.Who dateline(String body) {
    String head = body.length() > 600 ? body.substring(0, 600) : body;
    java.util.regex.Matcher m = DATELINE.matcher(head);
    if (!m.find()) return null;
    var gaz = org.sitrep.annotate.place.Gazetteer.get();
    if (m.group(2) != null) {
      var p = gaz.place(m.group(2)).orElse(null);
      if (p != null && p.kind() == org.sitrep.annotate.place.Place.Kind.COUNTRY)
        return new Subjects.Who(p.name(), null);
    }
    var p = gaz.place(m.group(1).strip()).orElse(null);
    if (p == null) return null;
    if (p.kind() == org.sitrep.annotate.place.Place.Kind.COUNTRY || p.standsForGovernment())
      return new Subjects.Who(Subjects.countryName(p.iso3()), null);
    return new Subjects.Who(p.name(), null);
  }

  /** A plain-text article's first line when it reads as a headline: short, with no full stop. */
  static String headline(String body) {
    int nl = body.indexOf('\n');
    String first = (nl < 0 ? body : body.substring(0, nl)).strip();
    if (first.isEmpty() || first.length() > 160 || first.endsWith(".")) return null;
    return nl < 0 ? null : first;
  }

  private static boolean containsWord(String text, String word) {
    if (word.isBlank()) return false;
    int i = text.indexOf(word);
    while (i >= 0) {
      int e = i + word.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
      if (before && after) return true;
      i = text.indexOf(word, i + 1);
    }
    return false;
  }
}
