package org.sitrep.clean.date;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.sitrep.clean.html.JsonLd;
import org.sitrep.model.Published;

/**
 * The one reader of a publication date, for HTML pages and for plain text. It returns the date, how
 * it was found and the evidence it was read from, or {@link Published#UNKNOWN} when nothing on the
 * page dates it: never a guess without evidence.
 *
 * <p>On a page, in order of trust: the markup the publisher declares (meta tags of every common
 * kind, JSON-LD including {@code @graph} and arrays, microdata, {@code <time pubdate>}), stated;
 * then what the page shows: a date in an element the template marks as the publication date, a date
 * labelled as the publication in the page's language ("Veröffentlicht am 12. März 2020", "publié le
 * 3 mars 2020"), a date in an element marked as a date or byline, the first {@code <time
 * datetime>}, the date just under the headline; then dates labelled or marked as updates and the
 * update markup; then a date in the page's URL; then the one date that stands out in the page's
 * text; last, the one year-month-day date that stands out in its source (scripts, attributes).
 * Within each kind, an element in the headline's own block (the byline) comes before one elsewhere.
 * A declared publication date gives way to a declared update only where the page shows its reader
 * the update's day beside the headline and never the first day. Dates read from visible text, the
 * URL or the page's text are inferred, with the text as evidence. Elements in comments, sidebars,
 * navigation and lists of other articles are passed over. The original date is always preferred
 * over an update.
 *
 * <p>A date is kept as the day it is written in: an ISO timestamp with an offset keeps its own day,
 * never converted to UTC. A date before {@link #EARLIEST} or after the latest plausible day (the
 * fetch date, or today, plus one day) is no publication date.
 */
public final class PublicationDate {
  /** No web page is older than this. */
  public static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

  private static final DateWords WORDS = DateWords.get();

  /** Class, id or itemprop of an element that holds a date or the byline around it. */
  private static final Pattern DATE_HINT =
      Pattern.compile(
          "date|datum|time|zeit|publi|posted|byline|dateline|fecha|stamp|created|erstell|meta|info"
              + "|subline|autor|author|kicker|data",
          Pattern.CASE_INSENSITIVE);

  /** A hint that the element holds the original publication date. */
  private static final Pattern PUBLISHED_HINT =
      Pattern.compile(
          "publi|pubdate|posted|entry-date|post-date|created|erstell|dateline|datepublished",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern UPDATED_HINT =
      Pattern.compile("updat|modif|aktualis|geaendert|geändert", Pattern.CASE_INSENSITIVE);

  /**
   * Parts of a page whose dates are not the article's: comments, sidebars, lists of other articles,
   * calendars.
   */
  private static final Pattern AWAY_HINT =
      Pattern.compile(
          "comment|kommentar|reply|respon|sidebar|widget|related|footer|recent|popular|archiv"
              + "|calendar|kalender|breadcrumb|menu|navigation|teaser|weather|wetter|event"
              + "|termin|ticker|cookie|newsletter|promo|advert|joindate|join-date|joined|member|profile",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|_|\\.|$)"
              + "|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)"
              + "|/(\\d{2})-(\\d{2})-((?:19|20)\\d{2})(?:[/_.-]|$)");

  /** A year-month-day date anywhere in a page's source: "2020-04-17", "2020/04/17". */
  private static final Pattern SOURCE_DATE =
      Pattern.compile("\\D((?:19|20)\\d{2})([-/.])(\\d{2})\\2(\\d{2})\\D");

  private static final Pattern LD_DATE_PUBLISHED =
      Pattern.compile("\"(datePublished|dateCreated)\"\\s*:\\s*\"([^\"]{6,60})\"");

  /** A timestamp given in UTC rather than in the publisher's own zone. */
  private static final Pattern UTC_STAMP =
      Pattern.compile("[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]00:?00)(?![\\d:])");

  /** A date the markup declares, with the value as written. */
  private record Declared(LocalDate date, String raw, String evidence) {
    Published published() {
      return stated(date, evidence);
    }
  }

  private static final int SHORT_TEXT = 160;
  private static final int NEAR_TITLE = 200;

  /** How much of a page's text is counted for its dominant date. */
  private static final int DOMINANT_SCAN = 200_000;

  private static final int LABEL_REACH = 40;

  /**
   * How far from the headline its byline may sit: steps up from the one to the block they share and
   * down to the other (siblings are two apart).
   */
  private static final int NEAR_STEPS = 4;

  private PublicationDate() {}

  /** The latest plausible publication day when a page is read now: tomorrow, UTC. */
  public static LocalDate latestNow() {
    return LocalDate.now(ZoneOffset.UTC).plusDays(1);
  }

  /** Whether a day can be a web page's publication date when the latest plausible day is given. */
  public static boolean plausible(LocalDate d, LocalDate latest) {
    return d != null && !d.isBefore(EARLIEST) && !d.isAfter(latest);
  }

  /**
   * The publication date of a parsed page, read before the page is cleaned. {@code url} may be null
   * (the page's canonical URL is used then); {@code latest} is the latest plausible day.
   */
  public static Published read(Document page, String url, LocalDate latest) {
    return new PageReader(page, latest).read(url);
  }

  /** How far into a plain text its date is looked for. */
  private static final int TEXT_HEAD = 400;

  /** A dateline's place: "VILNIUS, ", "SAN JOSE, Calif., ". */
  private static final Pattern DATELINE_PLACE =
      Pattern.compile("^\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]+)?,?\\s+");

  /** A dateline's place without a region, for when the region's pattern takes the month. */
  private static final Pattern DATELINE_CITY =
      Pattern.compile("^\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40},?\\s+");

  /** What follows a dateline's date: an optional agency, then a dash or colon. */
  private static final Pattern DATELINE_END =
      Pattern.compile("^\\s*(?:\\([^)]{1,30}\\))?\\s*[-—–:]");

  /** What may stand beside a date on a line of its own: a weekday, a time. */
  private static final Pattern DATE_LINE_REST =
      Pattern.compile(
          "^\\s*(?:\\p{L}+\\.?,?)?\\s*$|^\\s*[,|–-]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*\\p{L}{1,3})?\\s*$");

  /**
   * The publication date a plain text gives at its top, or null: a dateline ("VILNIUS, June 26,
   * 2023 (Reuters) -"), a line labelled as the publication ("Veröffentlicht am 12. März 2020",
   * "Publié le 3 mars 2020") or else as an update, or a first line that is only a date. A date
   * inside a sentence of the story ("the treaty signed on March 3, 1999") is never taken: it says
   * what the story is about, not when it was written.
   */
  public static Published fromText(String text, LocalDate latest) {
    if (text == null || text.isBlank()) return null;
    String head = text.substring(0, Math.min(text.length(), TEXT_HEAD));
    for (Pattern placePattern : new Pattern[] {DATELINE_PLACE, DATELINE_CITY}) {
      Matcher place = placePattern.matcher(head);
      if (!place.find()) continue;
      String rest = head.substring(place.end());
      List<DateText.Found> found = DateText.find(rest, false, false);
      if (found.isEmpty() || found.get(0).start() != 0) continue;
      DateText.Found f = found.get(0);
      Matcher end = DATELINE_END.matcher(rest.substring(f.end()));
      if (end.find() && plausible(f.date(), latest))
        return inferred(f.date(), head.substring(0, place.end() + f.end() + end.end()).strip());
    }
    for (Pattern labels : new Pattern[] {WORDS.published, WORDS.updated}) {
      Matcher label = labels.matcher(head);
      while (label.find()) {
        int lineStart = head.lastIndexOf('\n', label.start()) + 1;
        if (!head.substring(lineStart, label.start()).isBlank()) continue;
        int lineEnd = head.indexOf('\n', label.end());
        String line = head.substring(label.end(), lineEnd < 0 ? head.length() : lineEnd);
        List<DateText.Found> found = DateText.find(line, false, true);
        if (found.isEmpty() || found.get(0).start() > LABEL_REACH) continue;
        DateText.Found f = found.get(0);
        if (plausible(f.date(), latest))
          return inferred(f.date(), head.substring(label.start(), label.end() + f.end()).strip());
      }
    }
    String first = head.strip().split("\n", 2)[0];
    List<DateText.Found> found = DateText.find(first, false, false);
    if (found.size() == 1) {
      DateText.Found f = found.get(0);
      boolean alone =
          DATE_LINE_REST.matcher(first.substring(0, f.start())).matches()
              && DATE_LINE_REST.matcher(first.substring(f.end())).matches();
      if (alone && plausible(f.date(), latest)) return inferred(f.date(), first.strip());
    }
    return null;
  }

  private static final class PageReader {
    private final Document page;
    private final LocalDate latest;
    private final boolean monthFirst;

    private final Element headline;
    private String bodyText;
    private ElementScan scan;
    private JsonLd jsonLd;

    /** The headline and its closest ancestors: the block its byline shares. */
    private final Map<Element, Integer> nearHeadline = new IdentityHashMap<>();

    /** The highest of those ancestors, or null without a headline. */
    private Element nearBlock;

    private final Set<Element> headlineAncestors =
        Collections.newSetFromMap(new IdentityHashMap<>());

    PageReader(Document page, LocalDate latest) {
      this.page = page;
      this.latest = latest;
      this.monthFirst = monthFirst(page);
      this.headline = page.body() == null ? null : page.body().selectFirst("h1");
      int up = 0;
      boolean inBody = true;
      for (Element x = headline; x != null; x = x.parent(), up++) {
        headlineAncestors.add(x);
        inBody &= !x.normalName().equals("body");
        if (up < NEAR_STEPS && inBody) {
          nearHeadline.put(x, up);
          nearBlock = x;
        }
      }
    }

    Published read(String url) {
      List<Declared> declared = declaredAll(WORDS.metaPublished, "datePublished", "dateCreated");
      Published p = declared.isEmpty() ? null : declared.get(0).published();
      if (p == null) p = microdata();
      if (p != null && UTC_STAMP.matcher(p.evidence()).find()) p = ownDay(p, declared, scan());
      if (p != null) return shownUpdate(p);
      ElementScan scan = scan();
      if (scan != null) p = scan.best(1);
      if (p == null && page.body() != null) p = labelled(text(), WORDS.published);
      if (p == null && scan != null) p = scan.best(2);
      if (p == null) p = firstTime();
      if (p == null) p = nearTitle();
      if (p == null && page.body() != null) p = labelled(text(), WORDS.updated);
      if (p == null && scan != null) p = scan.best(3);
      if (p == null) p = declared(WORDS.metaUpdated, "dateModified");
      if (p == null) p = fromUrl(url);
      if (p == null && page.body() != null) p = dominant(text());
      if (p == null) p = dominantInSource();
      return p == null ? Published.UNKNOWN : p;
    }

    /** The first of {@link #declaredAll}, or null. */
    private Published declared(List<String> keys, String... ldFields) {
      List<Declared> all = declaredAll(keys, ldFields);
      return all.isEmpty() ? null : all.get(0).published();
    }

    /**
     * Plausible dates of meta tags with the given keys, in the keys' order, then of JSON-LD fields.
     */
    private List<Declared> declaredAll(List<String> keys, String... ldFields) {
      List<Declared> out = new ArrayList<>();
      Map<String, String> metas = new HashMap<>();
      for (Element m : page.getElementsByTag("meta")) {
        String c = m.attr("content").strip();
        if (c.isEmpty()) continue;
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
          String k = m.attr(attr).strip().toLowerCase(Locale.ROOT);
          if (!k.isEmpty()) metas.putIfAbsent(k, c);
        }
      }
      for (String key : keys) {
        String v = metas.get(key);
        LocalDate d = machine(v);
        if (d != null) out.add(new Declared(d, v, "meta " + key + "=" + v));
      }
      JsonLd ld = jsonLd();
      for (String field : ldFields) {
        for (String v : ld.all(field)) {
          LocalDate d = machine(v);
          if (d != null) out.add(new Declared(d, v, "JSON-LD " + field + "=" + v));
        }
      }
      if (out.isEmpty() && List.of(ldFields).contains("datePublished")) {
        // JSON-LD too broken to parse still states its date
        for (Element script : page.select("script[type=application/ld+json]")) {
          Matcher m = LD_DATE_PUBLISHED.matcher(script.data());
          while (m.find()) {
            LocalDate d = machine(m.group(2));
            if (d != null)
              out.add(new Declared(d, m.group(2), "JSON-LD " + m.group(1) + "=" + m.group(2)));
          }
        }
      }
      return out;
    }

    /**
     * A timestamp in UTC says the instant, not the publisher's day: when the page also gives its
     * own day for it, one day apart (a timestamp with the local offset, the date it labels or marks
     * as the publication), that day is kept.
     */
    private Published ownDay(Published utc, List<Declared> declared, ElementScan scan) {
      LocalDate d = LocalDate.parse(utc.value());
      List<Published> local = new ArrayList<>();
      for (Declared x : declared) if (!UTC_STAMP.matcher(x.raw()).find()) local.add(x.published());
      if (scan != null && scan.best(1) != null) local.add(scan.best(1));
      if (scan != null && scan.nearHeadline(2) != null) local.add(scan.nearHeadline(2));
      Published inUrl = fromUrl(null);
      if (inUrl != null) local.add(inUrl);
      if (page.body() != null) {
        Published l = labelled(text(), WORDS.published);
        if (l != null) local.add(l);
      }
      for (Published p : local) {
        if (p.evidence() == null || UTC_STAMP.matcher(p.evidence()).find()) continue;
        LocalDate own = LocalDate.parse(p.value());
        if (Math.abs(own.toEpochDay() - d.toEpochDay()) == 1)
          return new Published(
              own.toString(),
              Published.How.STATED,
              utc.evidence() + "; the page's own day: " + p.evidence());
      }
      return utc;
    }

    /**
     * The dates the page shows beside its headline, where a reader looks for its date: in the
     * elements of the headline's block marked as a date or byline, its {@code <time>} elements and
     * the text just after the headline.
     */
    private List<Published> byline() {
      List<Published> out = new ArrayList<>();
      if (nearBlock == null) return out;
      for (Element e : nearBlock.getAllElements()) {
        if (e.normalName().equals("meta") || !besideHeadline(e)) continue;
        String hint = e.className() + " " + e.id() + " " + e.attr("itemprop");
        Published p = null;
        if (!hint.isBlank() && DATE_HINT.matcher(hint).find()) p = fromElement(e, hint.strip());
        else if (e.normalName().equals("time")) p = fromElement(e, "time");
        if (p != null) out.add(p);
      }
      String after = textAfter(headline, NEAR_TITLE);
      for (DateText.Found f : DateText.find(after, monthFirst, true))
        if (plausible(f.date(), latest))
          out.add(inferred(f.date(), "after the headline: \"" + f.text() + "\""));
      return out;
    }

    /** Up to {@code limit} characters of the page's text that follow an element. */
    private static String textAfter(Element from, int limit) {
      StringBuilder b = new StringBuilder();
      NodeFilter collect =
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof TextNode t) b.append(t.text()).append(' ');
              return b.length() > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
          };
      for (Node n = from; n != null && b.length() <= limit; n = n.parent()) {
        for (Node sib = n.nextSibling();
            sib != null && b.length() <= limit;
            sib = sib.nextSibling()) NodeTraversor.filter(collect, sib);
      }
      String t = b.toString().replaceAll("\\s+", " ").strip();
      return t.length() > limit ? t.substring(0, limit) : t;
    }

    /**
     * The declared publication date, unless the page shows its reader only the day of a later
     * update the markup also declares: a page that presents its revision as its date ("Updated Mar
     * 12, 2020" under the headline) and nowhere shows the first day is dated by the revision.
     */
    private Published shownUpdate(Published declared) {
      List<Declared> updates = declaredAll(WORDS.metaUpdated, "dateModified");
      String day = declared.value();
      boolean later = false;
      for (Declared u : updates) later |= u.date().toString().compareTo(day) > 0;
      if (!later) return declared;
      List<Published> shown = byline();
      for (Published s : shown) if (s.value().equals(day)) return declared;
      for (Published s : shown)
        for (Declared u : updates)
          if (u.date().toString().equals(s.value()) && s.value().compareTo(day) > 0)
            return new Published(
                s.value(),
                declared.how(),
                u.evidence()
                    + "; the page shows only this day: "
                    + s.evidence()
                    + "; first published "
                    + declared.evidence());
      return declared;
    }

    private Published microdata() {
      for (Element e : page.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
        if (e.normalName().equals("meta")) continue; // read with the meta tags
        String v = firstNonBlank(e.attr("content"), e.attr("datetime"), e.attr("title"));
        LocalDate d = machine(v);
        if (d != null) return stated(d, "itemprop " + e.attr("itemprop") + "=" + v);
        d = plausibleFirst(shortText(e));
        if (d != null)
          return inferred(d, "itemprop " + e.attr("itemprop") + " \"" + shortText(e) + "\"");
      }
      for (Element t : page.getElementsByTag("time")) {
        if (!t.hasAttr("pubdate")) continue;
        LocalDate d = machine(t.attr("datetime"));
        if (d != null) return stated(d, "time pubdate datetime=" + t.attr("datetime"));
      }
      return null;
    }

    /**
     * The first {@code <time datetime>} outside comments and lists of other articles, one inside an
     * {@code article} first.
     */
    private Published firstTime() {
      Element first = null;
      for (Element t : page.getElementsByTag("time")) {
        if (machine(t.attr("datetime")) == null || away(t)) continue;
        if (inArticle(t)) {
          first = t;
          break;
        }
        if (first == null) first = t;
      }
      if (first == null) return null;
      return stated(machine(first.attr("datetime")), "time datetime=" + first.attr("datetime"));
    }

    /**
     * A date just after the headline, where bylines put it: the first date in the text that follows
     * the page's first {@code h1} closely.
     */
    private Published nearTitle() {
      if (page.body() == null) return null;
      Element h1 = headline;
      if (h1 == null || h1.text().isBlank()) return null;
      String text = text();
      int at = text.indexOf(h1.text());
      if (at < 0) return null;
      int from = at + h1.text().length();
      String after = text.substring(from, Math.min(text.length(), from + NEAR_TITLE));
      for (DateText.Found f : DateText.find(after, monthFirst, true)) {
        if (plausible(f.date(), latest))
          return inferred(f.date(), "after the headline: \"" + f.text() + "\"");
      }
      return null;
    }

    private Published fromUrl(String url) {
      List<String> urls = new ArrayList<>();
      if (url != null) urls.add(url);
      Element canonical = page.selectFirst("link[rel=canonical]");
      if (canonical != null) urls.add(canonical.attr("href"));
      for (Element m : page.select("meta[property=og:url]")) urls.add(m.attr("content"));
      for (String u : urls) {
        Matcher m = URL_DATE.matcher(u);
        while (m.find()) {
          LocalDate d =
              m.group(1) != null
                  ? of(m.group(1), m.group(2), m.group(3))
                  : m.group(4) != null
                      ? of(m.group(4), m.group(5), m.group(6))
                      : of(m.group(9), m.group(8), m.group(7));
          if (plausible(d, latest))
            return inferred(d, "URL " + m.group().replaceAll("^[/_-]|[/_.-]$", ""));
        }
      }
      return null;
    }

    /**
     * A date the page's text labels, the first in the page: "Veröffentlicht am 12. März 2020",
     * "Published: March 12, 2020".
     */
    private Published labelled(String text, Pattern labels) {
      return labelled(text, labels, false);
    }

    /** {@code shortYear}: also 12.03.20, where the text is a date line of its own. */
    private Published labelled(String text, Pattern labels, boolean shortYear) {
      Matcher label = labels.matcher(text);
      while (label.find()) {
        int to = Math.min(text.length(), label.end() + LABEL_REACH + 30);
        List<DateText.Found> found =
            DateText.find(text.substring(label.end(), to), monthFirst, shortYear);
        if (found.isEmpty() || found.get(0).start() > LABEL_REACH) continue;
        DateText.Found f = found.get(0);
        if (!plausible(f.date(), latest)) continue;
        return inferred(f.date(), text.substring(label.start(), label.end() + f.end()).strip());
      }
      return null;
    }

    /**
     * The date of a page that marks none: the one date its text gives more often than any other (at
     * least twice), or its only date. A page of many dates none of which stands out (an archive, a
     * calendar) gets none.
     */
    private Published dominant(String text) {
      Map<LocalDate, Integer> counts = new HashMap<>();
      Map<LocalDate, String> written = new HashMap<>();
      String scanned = text.length() > DOMINANT_SCAN ? text.substring(0, DOMINANT_SCAN) : text;
      for (DateText.Found f : DateText.find(scanned, monthFirst, false)) {
        if (!plausible(f.date(), latest)) continue;
        counts.merge(f.date(), 1, Integer::sum);
        written.putIfAbsent(f.date(), f.text());
      }
      LocalDate best = null;
      int top = 0, second = 0, total = 0;
      for (var e : counts.entrySet()) {
        total += e.getValue();
        if (e.getValue() > top) {
          second = top;
          top = e.getValue();
          best = e.getKey();
        } else if (e.getValue() > second) second = e.getValue();
      }
      if (best == null) return null;
      boolean only = counts.size() == 1;
      if (!only && (top < 2 || top <= second)) return null;
      return inferred(
          best, "page text \"" + written.get(best) + "\", " + top + " of " + total + " dates");
    }

    /**
     * The date of a page whose text dates nothing: the one year-month-day date its source (scripts,
     * attributes, file names of its images) gives more often than any other, or its only one.
     */
    private Published dominantInSource() {
      Map<LocalDate, Integer> counts = new HashMap<>();
      Map<LocalDate, String> written = new HashMap<>();
      int[] read = {0};
      Consumer<String> count =
          v -> {
            if (v.length() < 8 || read[0] > DOMINANT_SCAN * 2) return;
            read[0] += v.length();
            Matcher m = SOURCE_DATE.matcher(" " + v + " ");
            while (m.find()) {
              LocalDate d = of(m.group(1), m.group(3), m.group(4));
              if (!plausible(d, latest)) continue;
              counts.merge(d, 1, Integer::sum);
              written.putIfAbsent(d, m.group().substring(1, m.group().length() - 1));
            }
          };
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node instanceof TextNode t) count.accept(t.getWholeText());
            else if (node instanceof DataNode d) count.accept(d.getWholeData());
            else if (node instanceof Comment c) count.accept(c.getData());
            else if (node instanceof Element e)
              for (Attribute a : e.attributes()) count.accept(a.getValue());
          },
          page);
      LocalDate best = null;
      int top = 0, second = 0, total = 0;
      for (var e : counts.entrySet()) {
        total += e.getValue();
        if (e.getValue() > top) {
          second = top;
          top = e.getValue();
          best = e.getKey();
        } else if (e.getValue() > second) second = e.getValue();
      }
      if (best == null || top <= second) return null;
      return inferred(
          best, "page source \"" + written.get(best) + "\", " + top + " of " + total + " dates");
    }

    /** The elements the template marks as dates or bylines, scanned once. */
    private final class ElementScan {
      private final Published[] byTier = new Published[4];
      private final Published[] nearByTier = new Published[4];

      ElementScan() {
        for (Element e : page.body().getAllElements()) {
          if (byTier[1] != null && byTier[2] != null && byTier[3] != null) break;
          look(e, false);
        }
        // the byline's block, when the page-wide pass stopped before it or passed it over
        if (nearBlock != null) for (Element e : nearBlock.getAllElements()) look(e, true);
      }

      /** Reads one element's date into its tier; {@code nearOnly}: only beside the headline. */
      private void look(Element e, boolean nearOnly) {
        String hint = e.className() + " " + e.id() + " " + e.attr("itemprop");
        if (hint.isBlank() || !DATE_HINT.matcher(hint).find()) return;
        int tier =
            UPDATED_HINT.matcher(hint).find() ? 3 : PUBLISHED_HINT.matcher(hint).find() ? 1 : 2;
        boolean near = besideHeadline(e);
        if (nearOnly && (!near || nearByTier[tier] != null)) return;
        if (!nearOnly && byTier[tier] != null) return;
        if (away(e)) return;
        Published p = fromElement(e, hint.strip());
        if (p == null) return;
        // an element whose text labels its date as an update counts as an update
        int t = p.evidence().endsWith("(updated)") ? 3 : tier;
        if (near && nearByTier[t] == null) nearByTier[t] = p;
        if (byTier[t] == null) byTier[t] = p;
      }

      /** The first date of the tier beside the headline, else the first in the page. */
      Published best(int tier) {
        return nearByTier[tier] != null ? nearByTier[tier] : byTier[tier];
      }

      /** The first date of the tier beside the headline, or null. */
      Published nearHeadline(int tier) {
        return nearByTier[tier];
      }
    }

    /** The date an element marked as a date or byline gives, or null. */
    private Published fromElement(Element e, String hint) {
      String where = e.normalName() + " \"" + hint + "\"";
      for (String attr :
          new String[] {"datetime", "content", "title", "data-date", "data-datetime"}) {
        LocalDate d = machine(e.attr(attr));
        if (d != null) return stated(d, where + " " + attr + "=" + e.attr(attr));
      }
      String text = shortText(e);
      if (text.isEmpty()) return null;
      Published p = labelled(text, WORDS.published, true);
      if (p != null) return inferred(LocalDate.parse(p.value()), where + ": " + p.evidence());
      List<DateText.Found> found = DateText.find(text, monthFirst, true);
      Matcher upd = WORDS.updated.matcher(text);
      for (DateText.Found f : found) {
        if (!plausible(f.date(), latest)) continue;
        boolean updated = upd.find(0) && upd.start() < f.start();
        return inferred(f.date(), where + ": \"" + f.text() + "\"" + (updated ? " (updated)" : ""));
      }
      return null;
    }

    /** Whether an element shares the headline's closest block: a byline or dateline. */
    private boolean besideHeadline(Element e) {
      Element x = e;
      for (int i = 0; i < NEAR_STEPS && x != null; i++, x = x.parent()) {
        Integer up = nearHeadline.get(x);
        if (up != null) return i + up <= NEAR_STEPS;
      }
      return false;
    }

    /**
     * Whether an element sits in comments, a sidebar, navigation or a list of other articles. The
     * part of the page that holds the headline is the article's, whatever its classes say.
     */
    private boolean away(Element e) {
      Element x = e;
      for (int i = 0; i < 15 && x != null; i++, x = x.parent()) {
        if (headlineAncestors.contains(x)) return false;
        String n = x.normalName();
        if (n.equals("nav") || n.equals("aside") || n.equals("footer")) return true;
        if (n.equals("article") || n.equals("body") || n.equals("main")) return false;
        String hint = x.className() + " " + x.id();
        if (!hint.isBlank() && AWAY_HINT.matcher(hint).find()) return true;
      }
      return false;
    }

    /** The date and byline elements, scanned once when first needed; null without a body. */
    private ElementScan scan() {
      if (scan == null && page.body() != null) scan = new ElementScan();
      return scan;
    }

    /** The page's JSON-LD, parsed once. */
    private JsonLd jsonLd() {
      if (jsonLd == null) jsonLd = JsonLd.of(page);
      return jsonLd;
    }

    /** The body's text, read once. */
    private String text() {
      if (bodyText == null) bodyText = page.body() == null ? "" : page.body().text();
      return bodyText;
    }

    private LocalDate machine(String v) {
      LocalDate d = DateText.machine(v);
      return plausible(d, latest) ? d : null;
    }

    private LocalDate plausibleFirst(String text) {
      for (DateText.Found f : DateText.find(text, monthFirst, true))
        if (plausible(f.date(), latest)) return f.date();
      return null;
    }
  }

  /**
   * An element's text when it is short enough to be a date line, else "". Reading stops past the
   * limit, so a large container costs no more than a small one.
   */
  static String shortText(Element e) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) b.append(t.text()).append(' ');
            else if (node instanceof Element el && el.isBlock()) b.append(' ');
            return b.length() > 3 * SHORT_TEXT ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    String t = b.toString().replaceAll("\\s+", " ").strip();
    return t.length() > SHORT_TEXT ? "" : t;
  }

  private static boolean inArticle(Element e) {
    Element x = e.parent();
    for (int i = 0; i < 30 && x != null; i++, x = x.parent())
      if (x.normalName().equals("article")) return true;
    return false;
  }

  /**
   * Whether ambiguous numeric dates (03/04/2020) are month first: pages in US English, or in
   * English with no region.
   */
  private static boolean monthFirst(Document page) {
    Element html = page.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT).replace('_', '-');
    return lang.equals("en") || lang.startsWith("en-us");
  }

  private static Published stated(LocalDate d, String evidence) {
    return new Published(d.toString(), Published.How.STATED, evidence);
  }

  private static Published inferred(LocalDate d, String evidence) {
    return new Published(d.toString(), Published.How.INFERRED, evidence);
  }

  private static LocalDate of(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return null;
  }
}
