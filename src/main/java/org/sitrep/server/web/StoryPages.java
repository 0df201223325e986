package org.sitrep.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ArticleName;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.Timeline;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.store.ArticleRef;

/**
 * The home page (stories by latest activity) and a story's page (timeline, series, outlets side by
 * side).
 */
public final class StoryPages {
  private StoryPages() {}

  public static String home(Situations x) {
    return home(x, 0, STORIES);
  }

  /** How many stories the home page lists at a time. */
  public static final int STORIES = 50;

  /** The home page: stories {@code offset} to {@code offset + limit}, latest activity first. */
  public static String home(Situations x, int offset, int limit) {
    Html h = new Html();
    var stories = x.snapshot().stories().values();
    int total = stories.size(), end = Math.min(total, offset + limit);
    h.raw("<h1>Stories</h1><p class=\"lead\">")
        .text(Labels.count(x.count(), "article"))
        .raw(" in ")
        .text(Labels.count(total, "story"))
        .raw(", latest activity first")
        .text(
            total <= limit && offset == 0
                ? ""
                : " (" + Math.min(total, offset + 1) + "–" + end + " of " + total + " below)")
        .raw(". A story's reports are its articles with copies folded.</p>");
    if (stories.isEmpty()) {
      h.raw(
          "<p class=\"empty\">No stories yet: ingest articles (POST /api/documents) and they appear here.</p>");
      return Layout.page("Stories", "", h);
    }
    h.raw(
            "<table class=\"stories\"><thead><tr><th>Story</th><th>Latest</th><th>Reports</th><th>Articles</th>")
        .raw("<th>Outlets</th><th>Who</th></tr></thead><tbody>");
    int n = 0;
    for (StoryView s : stories) {
      if (n++ < offset) continue;
      if (n > end) break;
      h.raw("<tr><td>")
          .link(
              "/stories/" + Html.url(s.id()),
              ArticleName.clip(Fmt.or(s.title(), "Story " + s.id()), 100))
          .raw("</td><td>")
          .text(Fmt.or(s.last(), "undated"))
          .raw("</td><td class=\"num\">")
          .text(s.distinctReports())
          .raw("</td><td class=\"num\">")
          .text(s.docs().size())
          .raw("</td>");
      if (s.outlets().isEmpty())
        h.raw("<td class=\"num muted\" title=\"no article of this story names its outlet\">")
            .text("unknown");
      else h.raw("<td class=\"num\">").text(s.outlets().size());
      h.raw("</td><td>").text(String.join(", ", s.topEntities())).raw("</td></tr>");
    }
    h.raw("</tbody></table><nav class=\"pager\">");
    if (offset > 0)
      h.link("/?offset=" + Math.max(0, offset - limit) + "&limit=" + limit, "← previous");
    if (end < total)
      h.raw(" ")
          .link(
              "/?offset=" + end + "&limit=" + limit, "next " + Math.min(limit, total - end) + " →");
    h.raw("</nav>");
    coverage(
        h,
        x.coverage(COVERAGE_DAYS),
        "the latest " + COVERAGE_DAYS + " days with articles",
        x.count(),
        "older or undated");
    return Layout.page("Stories", "", h, Layout.CHART_JS);
  }

  /** The kinds of timeline item a reader filters by: value, and the button's label. */
  static final String[][] KINDS = {{"event", "Events"}, {"fact", "Figures"}, {"quote", "Quotes"}};

  public static String story(Situations x, StoryView s) {
    return story(x, s, null);
  }

  /**
   * A story: key figures first (each series as a small chart with its latest value), then what the
   * latest day's articles added, the coverage per day, the timeline by day (only items of {@code
   * kind} when given: event, fact or quote), and the outlets side by side.
   */
  public static String story(Situations x, StoryView s, String kind) {
    Html h = new Html();
    String sid = Html.url(s.id());
    // names, outlets and dates of the story's latest articles (not their bodies)
    List<String> docs =
        s.docs().size() > MAX_LISTED
            ? s.docs().subList(s.docs().size() - MAX_LISTED, s.docs().size())
            : s.docs();
    Map<String, ArticleRef> refs = x.refs(docs);
    String first = null, last = null;
    for (ArticleRef r : refs.values()) {
      String d = day(r.published());
      if (d == null) continue;
      if (first == null || d.compareTo(first) < 0) first = d;
      if (last == null || d.compareTo(last) > 0) last = d;
    }
    if (docs.size() < s.docs().size()) first = Fmt.or(day(s.first()), first);
    String title = ArticleName.clip(Fmt.or(s.title(), "Story " + s.id()), 120);
    h.raw("<h1>")
        .text(title)
        .raw("</h1><p class=\"lead\">")
        .text(Labels.count(s.distinctReports(), "distinct report"))
        .raw(" in ")
        .text(Labels.count(s.docs().size(), "article"))
        .text(
            s.outlets().isEmpty()
                ? " (outlets not known)"
                : " from " + Labels.count(s.outlets().size(), "outlet"));
    if (first != null)
      h.raw(", ")
          .text(first)
          .raw(first.equals(last) ? "" : " – ")
          .text(first.equals(last) ? "" : last);
    h.raw(". ")
        .link("/report?story=" + sid, "Situation report")
        .raw(" · ")
        .link("/map?story=" + sid, "Map of places")
        .raw(" · ")
        .link("/search?story=" + sid, "Search in this story")
        .raw("</p>");

    Map<String, FactSeries> series = x.seriesIn(s.docs());
    Set<String> inStory = Set.copyOf(s.docs());
    keyFigures(h, series, inStory);
    changes(h, series, refs, last);
    // dates, outlets and copies of every article of the story, for its coverage and its outlets
    var reportRefs = x.reportRefs(s.docs());
    coverage(
        h,
        x.coverage(reportRefs),
        "every dated article of the story",
        reportRefs.size(),
        "undated");

    Situations.TimelineAnswer t = x.timeline(s.docs(), Situations.TIMELINE_ITEMS);
    h.raw(
        "<section id=\"timeline\"><h2>Timeline</h2><nav class=\"kinds\" aria-label=\"Filter the timeline\">");
    h.raw("<a href=\"/stories/")
        .raw(sid)
        .raw("#timeline\"")
        .raw(kind == null ? " aria-current=\"true\"" : "")
        .raw(">All</a>");
    for (String[] k : KINDS) {
      h.raw("<a")
          .attr("href", "/stories/" + sid + "?kind=" + k[0] + "#timeline")
          .raw(k[0].equals(kind) ? " aria-current=\"true\"" : "")
          .raw(">")
          .text(k[1])
          .raw("</a>");
    }
    h.raw("</nav>");
    if (t.truncated())
      h.raw("<p class=\"muted\">The latest ")
          .text(Labels.count(t.items().size(), "item"))
          .raw(" of the story's latest ")
          .text(Labels.count(t.documents(), "article"))
          .raw(". ")
          .link("/search?story=" + sid, "Search the story")
          .raw(" for the rest.</p>");
    List<Timeline.Item> items =
        kind == null ? t.items() : t.items().stream().filter(i -> i.kind().equals(kind)).toList();
    byDay(h, items, refs);
    h.raw("</section>");

    h.raw("<section><h2>Outlets side by side</h2><div class=\"outlets\">");
    List<Situations.OutletView> outlets = x.outlets(s, reportRefs);
    List<String> shownIds = new java.util.ArrayList<>();
    for (Situations.OutletView o : outlets) shownIds.addAll(o.shown());
    Map<String, ArticleRef> shownRefs = x.refs(shownIds);
    for (Situations.OutletView o : outlets) {
      h.raw("<div class=\"outlet\"><h3>")
          .text(o.outlet())
          .raw("</h3><p class=\"muted\">")
          .text(Labels.count(o.docs().size(), "article"));
      if (o.shown().size() < o.docs().size()) {
        h.raw(" · ")
            .text(o.shown().size() + " of " + o.docs().size() + " shown, its own latest first · ");
        if (o.outlet().equals(Situations.UNKNOWN_OUTLET))
          h.link("/search?story=" + sid, "search the story");
        else h.link("/search?story=" + sid + "&outlet=" + Html.url(o.outlet()), "all of them");
      }
      h.raw("</p><ul class=\"articles\">");
      for (String d : o.shown()) {
        ArticleRef r = shownRefs.get(d);
        h.raw("<li>")
            .link(
                "/documents/" + Html.url(d),
                r == null ? "(article)" : ArticleName.clip(r.name(), 80))
            .raw(" <span class=\"muted\">")
            .text(r == null ? "" : Fmt.or(r.published(), "undated"));
        if (r != null) Fmt.language(h, r.language());
        h.raw("</span></li>");
      }
      h.raw("</ul><h4>Framing</h4>");
      if (o.framing().isEmpty()) h.raw("<p class=\"muted\">No markers.</p>");
      else {
        h.raw("<ul class=\"framing\">");
        for (FramingMarker m : o.framing()) {
          h.raw("<li><span class=\"tag\">")
              .text(m.kind())
              .raw("</span> ")
              .link(Fmt.at(m.docId(), m.start()), "“" + m.text() + "”")
              .raw(" <span class=\"muted\">")
              .text(m.why())
              .raw("</span></li>");
        }
        h.raw("</ul>");
      }
      h.raw("<h4>Reports</h4>");
      seriesList(h, o.reports(), series, "none of the story's series");
      h.raw("<h4>Leaves out</h4>");
      seriesList(h, o.leavesOut(), series, "nothing the others report");
      h.raw("</div>");
    }
    h.raw("</div></section>");
    return Layout.page(title, "", h, Layout.CHART_JS);
  }

  /** How many days of articles the home page's coverage chart shows. */
  static final int COVERAGE_DAYS = 90;

  /** How many of a story's latest articles are named, dated and counted on its page. */
  static final int MAX_LISTED = 1000;

  /** The day of an ISO date or date-time, null when there is none. */
  static String day(String date) {
    return Situations.day(date);
  }

  /** The latest value a series reports: its latest dated current figure, else its latest. */
  static Observation latest(FactSeries f, Set<String> docs) {
    Observation best = null, any = null;
    for (Observation o : f.observations()) {
      if (docs != null && !docs.contains(o.docId())) continue;
      if (any == null || compareAsOf(o, any) >= 0) any = o;
      boolean plan = "planned".equals(o.status()) || "pledged".equals(o.status());
      if (o.dated() && !plan && (best == null || compareAsOf(o, best) >= 0)) best = o;
    }
    return best != null ? best : any;
  }

  private static boolean plan(Observation o) {
    return "planned".equals(o.status()) || "pledged".equals(o.status());
  }

  private static int compareAsOf(Observation a, Observation b) {
    String x = a.asOf() == null ? "" : a.asOf(), y = b.asOf() == null ? "" : b.asOf();
    return x.compareTo(y);
  }

  /** Each series of the story as a small chart beside its latest value. */
  private static void keyFigures(Html h, Map<String, FactSeries> series, Set<String> inStory) {
    h.raw("<section id=\"figures\"><h2>Key figures</h2>");
    if (series.isEmpty()) {
      h.raw("<p class=\"empty\">No figures in this story follow a series.</p></section>");
      return;
    }
    h.raw("<ul class=\"series figures\">");
    int n = 0;
    for (var e : series.entrySet()) {
      if (n++ == KEY_FIGURES) break;
      FactSeries f = e.getValue();
      Observation o = latest(f, inStory);
      h.raw("<li class=\"figure\"><h3>")
          .link("/series/" + e.getKey(), f.key().label())
          .raw("</h3><p class=\"latest\">");
      if (o != null) {
        h.raw("<strong>")
            .text(Fmt.value(o))
            .raw("</strong> <span class=\"muted\">")
            .text(Fmt.or(o.status(), "current"))
            .raw(o.asOf() == null ? ", undated" : ", as of ")
            .text(o.asOf())
            .raw(" · ")
            .text(Labels.count(f.observations().size(), "observation"))
            .raw("</span>");
      }
      h.raw("</p><div class=\"spark\"><canvas class=\"spark-chart\"")
          .attr("data-src", "/api/series/" + e.getKey())
          .attr("aria-label", "Values of " + f.key().label() + " over time")
          .raw(" role=\"img\"></canvas></div></li>");
    }
    h.raw("</ul>");
    Articles.more(
        h, Math.min(KEY_FIGURES, series.size()), series.size(), "series", "series", "#all-series");
    if (series.size() > KEY_FIGURES) {
      h.raw("<details id=\"all-series\"><summary>All ")
          .text(Labels.count(series.size(), "series", "series"))
          .raw(" of this story</summary><ul class=\"series\">");
      for (var e : series.entrySet()) {
        h.raw("<li>")
            .link("/series/" + e.getKey(), e.getValue().key().label())
            .raw(" <span class=\"muted\">")
            .text(Labels.count(e.getValue().observations().size(), "observation"))
            .raw("</span></li>");
      }
      h.raw("</ul></details>");
    }
    h.raw("</section>");
  }

  static final int KEY_FIGURES = 6;

  /** What the latest day's articles brought: the articles, and the figures they report. */
  private static void changes(
      Html h, Map<String, FactSeries> series, Map<String, ArticleRef> refs, String last) {
    if (last == null) return;
    Set<String> newDocs = new java.util.LinkedHashSet<>();
    String previous = null;
    for (ArticleRef r : refs.values()) {
      String d = day(r.published());
      if (last.equals(d)) newDocs.add(r.id());
      else if (d != null && (previous == null || d.compareTo(previous) > 0)) previous = d;
    }
    h.raw("<section id=\"changes\"><h2>What changed on ")
        .text(last)
        .raw(previous == null ? "" : " since ")
        .text(previous == null ? "" : previous)
        .raw("</h2><ul class=\"articles\">");
    for (String d : newDocs) {
      h.raw("<li>");
      Articles.one(h, d, refs.get(d));
      h.raw("</li>");
    }
    h.raw("</ul>");
    List<String> lines = new ArrayList<>();
    Html figs = new Html();
    for (var e : series.entrySet()) {
      FactSeries f = e.getValue();
      Observation now = null, before = null;
      for (Observation o : f.observations())
        if (newDocs.contains(o.docId()) && now == null) now = o;
      if (now == null) continue;
      // the value before is the latest of the same standing dated before the day: a plan against
      // plans, a fact against facts; an undated value is not "before" anything
      boolean plan = plan(now);
      for (Observation o : f.observations()) {
        String d = o.dated() ? day(o.asOf()) : null;
        if (!newDocs.contains(o.docId())
            && refs.containsKey(o.docId())
            && plan(o) == plan
            && d != null
            && d.compareTo(last) < 0
            && (before == null || d.compareTo(day(before.asOf())) >= 0)) before = o;
      }
      if (now == null) continue;
      lines.add(e.getKey());
      figs.raw("<li>")
          .link("/series/" + e.getKey(), f.key().label())
          .raw(": ")
          .link(Fmt.at(now.docId(), now.start()), Fmt.value(now))
          .raw(" <span class=\"muted\">")
          .text(Fmt.or(now.status(), ""))
          .text(before == null ? " · new" : " · before: " + Fmt.value(before))
          .raw("</span></li>");
    }
    if (!lines.isEmpty())
      h.raw("<h3>Figures they report</h3><ul>").raw(figs.toString()).raw("</ul>");
    h.raw("</section>");
  }

  /**
   * The coverage chart of these counts (day → outlet → {articles, distinct reports}): per day, or
   * per month when they span more than {@link #DAILY} days, every day (month) in between shown,
   * empty or not. Each outlet has a colour: its distinct reports solid, its further copies of a
   * report pale on top of all the reports, so a bar's height is the day's articles. Drawn by the
   * page's script from the counts in its data attribute, explained by a legend in the page's text
   * and listed in a table for readers without the chart. {@code total} is how many articles the
   * scope holds, so that those no day draws are counted in words ("3 of 5 articles drawn: the
   * others are {@code notDrawn}") and a scope with none dated says so instead of showing nothing.
   */
  static void coverage(
      Html h, Map<String, Map<String, int[]>> counts, String scope, long total, String notDrawn) {
    if (counts.isEmpty()) {
      if (total > 0)
        h.raw("<section id=\"coverage\"><h2>Coverage</h2><p class=\"empty\">")
            .text(
                "No article here has a publication date, so none can be drawn by day ("
                    + Labels.count(total, "undated article")
                    + ").")
            .raw("</p></section>");
      return;
    }
    List<String> others = new ArrayList<>();
    Map<String, Map<String, int[]>> byDay = fold(continuous(counts), others);
    boolean monthly = byDay.keySet().iterator().next().length() == 7;
    String unit = monthly ? "month" : "day";
    java.util.Set<String> outlets = new java.util.TreeSet<>();
    for (var e : byDay.values()) outlets.addAll(e.keySet());
    StringBuilder json = new StringBuilder("{\"unit\":\"" + unit + "\",\"outlets\":[");
    int i = 0;
    for (String o : outlets) json.append(i++ == 0 ? "" : ",").append(quote(shown(o)));
    json.append("],\"days\":[");
    i = 0;
    int articles = 0, reports = 0;
    Map<String, int[]> perOutlet = new java.util.TreeMap<>();
    for (var e : byDay.entrySet()) {
      json.append(i++ == 0 ? "" : ",").append("{\"day\":").append(quote(e.getKey()));
      StringBuilder a = new StringBuilder(), r = new StringBuilder();
      int j = 0;
      for (String o : outlets) {
        int[] n = e.getValue().getOrDefault(o, NONE);
        a.append(j == 0 ? "" : ",").append(n[0]);
        r.append(j++ == 0 ? "" : ",").append(n[1]);
        articles += n[0];
        reports += n[1];
        int[] t = perOutlet.computeIfAbsent(o, k -> new int[2]);
        t[0] += n[0];
        t[1] += n[1];
      }
      json.append(",\"a\":[").append(a).append("],\"r\":[").append(r).append("]}");
    }
    json.append("]}");
    String heading = "Coverage: articles and distinct reports per " + unit + " by outlet";
    h.raw("<section id=\"coverage\"><h2>")
        .text(heading)
        .raw("</h2><p class=\"muted\">")
        .text(
            total > articles
                ? articles + " of " + Labels.count(total, "article") + " drawn"
                : Labels.count(articles, "article"))
        .raw(", ")
        .text(Labels.count(reports, "distinct report"))
        .text(scope == null ? "" : ", " + scope)
        .text(total > articles && notDrawn != null ? ": the others are " + notDrawn : "")
        .raw(". A distinct report is an article that copies no earlier one; a wire copy or a")
        .raw(" repost of the same text counts as an article, not as another report.</p>")
        .raw("<figure class=\"coverage\"><div class=\"coverage-box\"><canvas id=\"coverage-chart\"")
        .attr("data-coverage", json.toString())
        .attr("data-articles", String.valueOf(articles))
        .attr("data-reports", String.valueOf(reports))
        .attr(
            "aria-label",
            heading
                + ": "
                + Labels.count(articles, "article")
                + ", "
                + Labels.count(reports, "distinct report")
                + "; the legend and the table below give the figures")
        .raw(" role=\"img\"></canvas></div><figcaption><ul class=\"legend coverage-legend\"")
        .raw(" aria-label=\"Legend\">");
    int k = 0;
    for (var e : perOutlet.entrySet()) {
      h.raw("<li><span aria-hidden=\"true\"")
          .attr("class", "swatch c" + (k++ % PALETTE))
          .raw("></span>")
          .text(shown(e.getKey()))
          .raw(" <span class=\"muted\">")
          .text(Labels.count(e.getValue()[0], "article"))
          .raw(", ")
          .text(Labels.count(e.getValue()[1], "distinct report"))
          .text(e.getKey().startsWith(OTHER) ? ": " + String.join(", ", others) : "")
          .raw("</span></li>");
    }
    h.raw("<li class=\"key\"><span class=\"swatch solid\" aria-hidden=\"true\"></span>solid:")
        .raw(
            " distinct reports, each outlet's in its colour</li><li class=\"key\"><span class=\"swatch pale\"")
        .raw(
            " aria-hidden=\"true\"></span>pale, on top: copies of a report (a bar's height is its ")
        .text(unit)
        .raw("'s articles)</li></ul></figcaption></figure>")
        .raw("<details><summary>As a table</summary>")
        .raw("<table class=\"coverage\"><caption>Articles (distinct reports) per ")
        .text(unit)
        .raw(" and outlet</caption><thead><tr><th scope=\"col\">")
        .text(monthly ? "Month" : "Day")
        .raw("</th>");
    for (String o : outlets) h.raw("<th scope=\"col\">").text(shown(o)).raw("</th>");
    h.raw("</tr></thead><tbody>");
    for (var e : byDay.entrySet()) {
      int sum = 0;
      for (int[] n : e.getValue().values()) sum += n[0];
      if (sum == 0) continue;
      h.raw("<tr><th scope=\"row\">").text(e.getKey()).raw("</th>");
      for (String o : outlets) {
        int[] n = e.getValue().getOrDefault(o, NONE);
        h.raw("<td class=\"num\">")
            .text(n[0] == 0 ? "" : n[1] == n[0] ? String.valueOf(n[0]) : n[0] + " (" + n[1] + ")")
            .raw("</td>");
      }
      h.raw("</tr>");
    }
    h.raw("</tbody></table></details></section>");
  }

  /**
   * The outlets with most articles keep a colour of their own; past {@link #PALETTE} - 1 of them,
   * the rest are counted together as "other outlets" (named in the legend), added to {@code
   * others}.
   */
  private static Map<String, Map<String, int[]>> fold(
      Map<String, Map<String, int[]>> byDay, List<String> others) {
    Map<String, Integer> total = new java.util.HashMap<>();
    for (var d : byDay.values()) d.forEach((o, n) -> total.merge(o, n[0], Integer::sum));
    if (total.size() <= PALETTE) return byDay;
    List<String> ranked = new ArrayList<>(total.keySet());
    ranked.sort(
        java.util.Comparator.comparing((String o) -> -total.get(o))
            .thenComparing(java.util.Comparator.naturalOrder()));
    Set<String> kept = Set.copyOf(ranked.subList(0, PALETTE - 1));
    others.addAll(new java.util.TreeSet<>(ranked.subList(PALETTE - 1, ranked.size())));
    String other = Labels.count(ranked.size() - kept.size(), "other outlet");
    Map<String, Map<String, int[]>> out = new java.util.TreeMap<>();
    for (var d : byDay.entrySet()) {
      Map<String, int[]> m = new java.util.TreeMap<>();
      d.getValue()
          .forEach(
              (o, n) -> {
                int[] t = m.computeIfAbsent(kept.contains(o) ? o : OTHER + other, k -> new int[2]);
                t[0] += n[0];
                t[1] += n[1];
              });
      out.put(d.getKey(), m);
    }
    return out;
  }

  /** Sorts "other outlets" after every outlet's name; not shown. */
  static final String OTHER = "\uffff";

  private static final int[] NONE = {0, 0};

  private static String shown(String outlet) {
    return outlet.startsWith(OTHER) ? outlet.substring(OTHER.length()) : outlet;
  }

  /**
   * How many colours outlets take in turn, by name (the chart's script and the style sheet's {@code
   * .swatch.c0} to {@code .c7} hold the same colours in the same order).
   */
  static final int PALETTE = 8;

  /** Days spanned beyond which the coverage chart counts per month. */
  static final int DAILY = 120;

  private static Map<String, Map<String, int[]>> continuous(Map<String, Map<String, int[]>> c) {
    java.util.TreeMap<String, Map<String, int[]>> in = new java.util.TreeMap<>(c);
    java.time.LocalDate a, b;
    try {
      a = java.time.LocalDate.parse(in.firstKey());
      b = java.time.LocalDate.parse(in.lastKey());
    } catch (java.time.format.DateTimeParseException e) {
      return in;
    }
    boolean monthly = java.time.temporal.ChronoUnit.DAYS.between(a, b) > DAILY;
    Map<String, Map<String, int[]>> out = new java.util.TreeMap<>();
    for (java.time.LocalDate d = monthly ? a.withDayOfMonth(1) : a;
        !d.isAfter(b);
        d = monthly ? d.plusMonths(1) : d.plusDays(1)) {
      out.put(monthly ? d.toString().substring(0, 7) : d.toString(), new java.util.TreeMap<>());
    }
    for (var e : in.entrySet()) {
      String k = monthly ? e.getKey().substring(0, 7) : e.getKey();
      Map<String, int[]> m = out.computeIfAbsent(k, x -> new java.util.TreeMap<>());
      e.getValue()
          .forEach(
              (o, n) -> {
                int[] t = m.computeIfAbsent(o, x -> new int[2]);
                t[0] += n[0];
                t[1] += n[1];
              });
    }
    return out;
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  private static void seriesList(
      Html h, List<String> ids, Map<String, FactSeries> series, String none) {
    if (ids.isEmpty()) {
      h.raw("<p class=\"muted\">").text(none).raw("</p>");
      return;
    }
    boolean fold = ids.size() > 4;
    if (fold)
      h.raw("<details><summary>")
          .text(Labels.count(ids.size(), "series", "series"))
          .raw("</summary>");
    h.raw("<ul>");
    for (String id : ids)
      h.raw("<li>").link("/series/" + id, series.get(id).key().label()).raw("</li>");
    h.raw("</ul>");
    if (fold) h.raw("</details>");
  }

  /** A timeline table: each item links to its sentence in its article. */
  static void timeline(Html h, List<Timeline.Item> items) {
    byDay(h, items, Map.of());
  }

  /**
   * The timeline grouped by day, oldest first: one row per sentence (the items one sentence gives,
   * in one or more articles, together), each linking to the sentence. An item without a date of its
   * own is placed on its article's day, marked so; one without either at the end.
   */
  static void byDay(Html h, List<Timeline.Item> items, Map<String, ArticleRef> refs) {
    if (items.isEmpty()) {
      h.raw("<p class=\"empty\">Nothing dated was found.</p>");
      return;
    }
    record Row(String day, boolean ofArticle, String sentence, List<Timeline.Item> items) {}
    Map<String, Row> rows = new java.util.LinkedHashMap<>();
    for (Timeline.Item i : items) {
      String d = day(i.date());
      boolean ofArticle = false;
      if (d == null && i.date() != null && i.date().matches("\\d{4}(-\\d{2})?")) d = i.date();
      if (d == null) {
        ArticleRef r = refs.get(i.docId());
        d = r == null ? null : day(r.published());
        ofArticle = d != null;
      }
      String sentence = Fmt.or(i.evidence(), i.summary()).strip().replaceAll("\\s+", " ");
      String key = (d == null ? "~" : d) + "|" + sentence;
      Row row = rows.get(key);
      if (row == null) rows.put(key, row = new Row(d, ofArticle, sentence, new ArrayList<>()));
      row.items().add(i);
    }
    List<Row> sorted = new ArrayList<>(rows.values());
    sorted.sort(java.util.Comparator.comparing(r -> r.day() == null ? "\uffff" : r.day()));
    h.raw(
            "<table class=\"timeline\"><thead><tr><th scope=\"col\">What</th><th scope=\"col\">Kind</th>")
        .raw("<th scope=\"col\">Outlets</th><th scope=\"col\">Sentence</th></tr></thead><tbody>");
    String current = "";
    for (Row r : sorted) {
      String d = r.day() == null ? "Undated" : r.day();
      if (!d.equals(current)) {
        current = d;
        h.raw("<tr class=\"day\"><th colspan=\"4\" scope=\"rowgroup\">").text(d).raw("</th></tr>");
      }
      Set<String> kinds = new java.util.LinkedHashSet<>(),
          outlets = new java.util.LinkedHashSet<>();
      Set<String> what = new java.util.LinkedHashSet<>();
      for (Timeline.Item i : r.items()) {
        kinds.add(i.kind());
        outlets.add(Fmt.or(i.outlet(), Situations.UNKNOWN_OUTLET));
        what.add(i.summary());
      }
      Timeline.Item first = r.items().get(0);
      h.raw("<tr").attr("class", "k-" + String.join(" k-", kinds)).raw("><td>");
      int n = 0;
      for (String w : what) h.raw(n++ == 0 ? "" : "<br>").text(w);
      if (r.ofArticle()) h.raw(" <span class=\"muted\">(day of the article)</span>");
      h.raw("</td><td>");
      for (String k : kinds) h.raw("<span class=\"tag k\">").text(kindLabel(k)).raw("</span> ");
      h.raw("</td><td>")
          .text(String.join(", ", outlets))
          .raw("</td><td>")
          .link(Fmt.at(first.docId(), first.start()), ArticleName.clip(r.sentence(), 300))
          .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
  }

  private static String kindLabel(String kind) {
    for (String[] k : KINDS)
      if (k[0].equals(kind))
        return k[1].substring(0, k[1].length() - 1).toLowerCase(java.util.Locale.ROOT);
    return kind;
  }
}
