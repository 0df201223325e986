package org.sitrep.report;

import java.util.List;

/**
 * A situation report over a set of articles: the figures and how they moved, who is involved and in
 * which office, what was said and what happened, and how each outlet told it. Every line names its
 * source by number ({@code source}, 1 based, into {@link #sources()}), and carries the sentence it
 * rests on where it has one.
 */
public record Brief(
    String title,
    String scope,
    String first,
    String last,
    int articles,
    int reports,
    List<String> outlets,
    List<Figure> figures,
    List<Person> people,
    List<Named> organisations,
    List<Named> places,
    List<Said> said,
    List<Happened> happened,
    List<OutletLine> byOutlet,
    List<Source> sources,
    boolean truncated,
    java.util.Map<String, Integer> totals) {

  /** A brief whose sections were not cut. */
  public Brief(
      String title,
      String scope,
      String first,
      String last,
      int articles,
      int reports,
      List<String> outlets,
      List<Figure> figures,
      List<Person> people,
      List<Named> organisations,
      List<Named> places,
      List<Said> said,
      List<Happened> happened,
      List<OutletLine> byOutlet,
      List<Source> sources,
      boolean truncated) {
    this(
        title,
        scope,
        first,
        last,
        articles,
        reports,
        outlets,
        figures,
        people,
        organisations,
        places,
        said,
        happened,
        byOutlet,
        sources,
        truncated,
        java.util.Map.of());
  }

  /**
   * How many items a section had before it was cut to what the brief shows ({@code "figures",
   * "people", "organisations", "places", "said", "happened"}); {@code shown} when not cut.
   */
  public int total(String section, int shown) {
    return Math.max(shown, totals == null ? shown : totals.getOrDefault(section, shown));
  }

  /** The section of {@link #total} that counts the conflicts of one figure's series. */
  public static String conflictsOf(String seriesId) {
    return "conflicts:" + seriesId;
  }

  /** How many items of a section the brief leaves out: 0 when it shows them all. */
  public int more(String section, int shown) {
    return total(section, shown) - shown;
  }

  /**
   * How many articles a brief reads one by one, newest first, for events, framing and outlets;
   * {@link #truncated()} says a scope had more.
   */
  public static final int MAX_ARTICLES = 200;

  /**
   * A fact series in scope: its label and id, its latest reported value (and the latest plan, when
   * there is one), the changes and conflicts among its observations in scope, and how many there
   * are.
   */
  public record Figure(
      String series,
      String seriesId,
      Value latest,
      Value plan,
      List<Value> before,
      List<Conflict> conflicts,
      int observations) {}

  /** Two sources that disagree on one period, and why. */
  public record Conflict(String period, String why, int source, int otherSource) {}

  /**
   * One value of a series as an analyst reads it ("≤350", "~4,000"), with its status, date, target
   * and source.
   */
  public record Value(
      String value,
      String status,
      String asOf,
      String target,
      String attributedTo,
      int source,
      String evidence) {}

  /**
   * A person in scope: name, the offices seen held (with the dates seen), in how many articles,
   * quotes given.
   */
  public record Person(
      String entityId, String name, List<String> roles, int articles, int quotes) {}

  /** An organisation or a place, and in how many of the articles it is named. */
  public record Named(String entityId, String name, int articles) {}

  /**
   * A statement: its speaker, the words, the source of its first rendering in scope, how many
   * renderings in all.
   */
  public record Said(String speaker, String text, int source, int renderings) {}

  /**
   * An event: its date (or null), what happened ("deploy · Germany → Lithuania · up to 350 more
   * soldiers"), status.
   */
  public record Happened(String date, String what, String status, int source, String evidence) {}

  /**
   * One outlet's telling: its articles, its framing markers, and the brief's figures it leaves out
   * while at least two other outlets report them.
   */
  public record OutletLine(
      String outlet, int articles, List<Marker> framing, List<String> leavesOut) {}

  /**
   * A framing marker: its kind ("naming", "loaded", "unsourced-claim"), the words, why, and where.
   */
  public record Marker(String kind, String text, String why, int source) {}

  /** A cited article. */
  public record Source(
      int n,
      String docId,
      String published,
      String outlet,
      String title,
      String url,
      String language) {
    public Source(int n, String docId, String published, String outlet, String title, String url) {
      this(n, docId, published, outlet, title, url, null);
    }
  }
}
