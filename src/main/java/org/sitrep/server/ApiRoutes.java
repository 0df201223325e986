package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.json.ContractJson;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.query.NotFound;
import org.sitrep.query.Scope;
import org.sitrep.query.Situations;
import org.sitrep.report.Brief;
import org.sitrep.report.MarkdownBrief;
import org.sitrep.report.ObservationsCsv;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.fact.SeriesIds;
import org.sitrep.store.ListQuery;
import org.sitrep.store.SearchQuery;

/** The JSON API: one route per entry, its parameters declared where it is registered. */
final class ApiRoutes {
  static final String JSON = "application/json";

  static final String MARKDOWN = "text/markdown";
  static final String CSV = "text/csv";
  static final Param Q =
      Param.text("q", "Lucene query syntax over title and body; blank matches every article");
  static final Param STORY = Param.text("story", "only articles of this story (id)");
  static final Param ENTITY = Param.text("entity", "only articles that mention this entity (id)");
  static final Param TYPE =
      Param.text("type", "only entities of this type (PERSON, ORGANIZATION, LOCATION, MISC)");
  static final Param ROLE = Param.text("role", "only offices whose title contains this (any case)");
  static final Param OF =
      Param.text("of", "only offices of this country (ISO code or name) or organisation");
  static final Param TITLE =
      Param.text("title", "title to record for the posted articles, over any the body gives");
  static final Param INGEST_OUTLET =
      Param.text("outlet", "outlet to record for the posted articles, over any the body gives");
  static final Param INGEST_LABEL =
      Param.text("label", "topic label to record for the posted articles, over any the body gives");
  static final Param PUBLISHED =
      Param.text(
          "published",
          "publication date (yyyy-mm-dd) to record for the posted articles, over any the body"
              + " gives");
  static final Param URL =
      Param.text("url", "address the posted articles were read from, where the body gives none");
  static final Param SCOPE_Q =
      Param.text(
          "q",
          "cover the best " + Scope.SEARCH_LIMIT + " matches of this search (Lucene query syntax)");
  static final Param SCOPE_STORY = Param.text("story", "cover the articles of this story (id)");
  static final Param SCOPE_ENTITY =
      Param.text("entity", "cover the articles that mention this entity (id)");
  static final Param SCOPE_TOPIC =
      Param.text("topic", "cover the articles a topic matched (its name)");
  static final Param SERIES_STORY =
      Param.text("story", "only series observed in the articles of this story (id)");
  static final Param ITEMS =
      Param.integer("limit", "at most this many timeline items (the latest)", 1, 5_000);

  private final Situations x;
  private final Ingest ingest;
  private final long maxBody;

  ApiRoutes(Situations x, Ingest ingest, long maxBody) {
    this.x = x;
    this.ingest = ingest;
    this.maxBody = maxBody;
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    r.add(
        Route.get(
            "/api/documents",
            "List stored articles, newest first",
            JSON,
            this::documents,
            Params.OFFSET,
            Params.LIMIT,
            Params.OUTLET,
            Params.LABEL,
            Params.FROM,
            Params.TO));
    r.add(
        new Route(
            "POST",
            "/api/documents",
            "Ingest articles in any format the CLI reads: JSON Lines (one object per line: text or html, title, outlet,"
                + " label, published, url, id), text/plain, text/html, RSS/Atom, JSON Feed, WARC, or gzipped; annotates,"
                + " stores and resolves them",
            List.of(TITLE, INGEST_OUTLET, INGEST_LABEL, PUBLISHED, URL),
            JSON,
            List.of(
                "application/x-ndjson",
                "text/plain",
                "text/html",
                "application/rss+xml",
                "application/atom+xml",
                "application/feed+json",
                "application/warc",
                "application/gzip"),
            this::ingest));
    r.add(
        Route.get(
            "/api/documents/{id}",
            "One article with its annotations (the annotate contract), story and framing",
            JSON,
            this::document,
            Param.path("id", "document id")));
    r.add(
        Route.get(
            "/api/search",
            "Full-text search with filters, facet counts and highlighted snippets",
            JSON,
            this::search,
            Q,
            Params.OUTLET,
            Params.LABEL,
            Params.FROM,
            Params.TO,
            STORY,
            ENTITY,
            Params.OFFSET,
            Params.LIMIT));
    r.add(
        Route.get(
            "/api/entities",
            "Entities, most mentioned first",
            JSON,
            this::entities,
            TYPE,
            Params.OFFSET,
            Params.LIMIT));
    r.add(
        Route.get(
            "/api/entities/{id}",
            "One entity: names, roles over time, quotes by and about it, co-mentions",
            JSON,
            this::entity,
            Param.path("id", "entity id")));
    r.add(
        Route.get(
            "/api/stories",
            "Stories, latest activity first, with counts of reports and outlets",
            JSON,
            this::stories,
            Params.OFFSET,
            Params.LIMIT));
    r.add(
        Route.get(
            "/api/stories/{id}",
            "One story: its articles, fact series and outlets side by side",
            JSON,
            this::story,
            Param.path("id", "story id")));
    r.add(
        Route.get(
            "/api/series",
            "Fact series, optionally those of one story",
            JSON,
            this::seriesList,
            SERIES_STORY,
            Params.OFFSET,
            Params.LIMIT));
    r.add(
        Route.get(
            "/api/series/{id}",
            "One fact series: observations with evidence, changes and conflicts",
            JSON,
            this::series,
            Param.path("id", "series id")));
    r.add(
        Route.get(
            "/api/series/{id}/csv",
            "One fact series as CSV: a row per observation, with its source and sentence",
            CSV,
            ctx -> {
              var f = x.series(ctx.pathParam("id"));
              StringBuilder out = new StringBuilder();
              ObservationsCsv.write(List.of(f), out);
              ctx.contentType(CSV + "; charset=utf-8")
                  .header(
                      "Content-Disposition",
                      "attachment; filename=\"series-" + ctx.pathParam("id") + ".csv\"")
                  .result(out.toString());
            },
            Param.path("id", "series id")));
    r.add(
        Route.get(
            "/api/timeline",
            "Events, facts and quotes oldest first, for a story, an entity or a search"
                + " (give exactly one of story, entity, q)",
            JSON,
            this::timeline,
            SCOPE_STORY,
            SCOPE_ENTITY,
            SCOPE_Q,
            SCOPE_TOPIC,
            ITEMS));
    r.add(
        Route.get(
            "/api/places",
            "Places with coordinates and countries named in a story or a search",
            JSON,
            this::places,
            SCOPE_STORY,
            SCOPE_Q));
    r.add(
        Route.get(
            "/api/offices",
            "Who held which office when: titles, whose they are, and their holders in the order"
                + " first seen, with the dates seen and the articles",
            JSON,
            ctx ->
                json(
                    ctx,
                    Map.of("offices", x.offices(Params.text(ctx, ROLE), Params.text(ctx, OF)))),
            ROLE,
            OF));
    r.add(
        Route.get(
            "/api/report",
            "A situation report on a story, an entity or a search (give exactly one of story,"
                + " entity, q): key figures, who is involved, what was said and happened, how outlets tell it; every line"
                + " cites its source",
            JSON,
            ctx -> json(ctx, brief(ctx)),
            SCOPE_STORY,
            SCOPE_ENTITY,
            SCOPE_Q,
            SCOPE_TOPIC));
    r.add(
        Route.get(
            "/report.md",
            "The situation report as Markdown, to download (give exactly one of story, entity, q)",
            MARKDOWN,
            ctx ->
                ctx.contentType(MARKDOWN + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"sitrep-report.md\"")
                    .result(MarkdownBrief.render(brief(ctx))),
            SCOPE_STORY,
            SCOPE_ENTITY,
            SCOPE_Q,
            SCOPE_TOPIC));
    return r;
  }

  /** The brief of a story, an entity or a search's best matches. */
  Brief brief(Context ctx) {
    return x.brief(scope(ctx, true));
  }

  /** A query's answer that it holds no such story, entity, series or document, as an error. */
  static ApiError error(NotFound e) {
    return e.parameter() == null
        ? ApiError.notFound(e.what(), e.id())
        : ApiError.badParameter(e.parameter(), e.getMessage());
  }

  static void json(Context ctx, Object o) {
    ctx.contentType(JSON).result(Json.write(o));
  }

  private void documents(Context ctx) {
    var page = Params.page(ctx, 20);
    json(
        ctx,
        Map.of(
            "documents",
            x.documents(new ListQuery(Params.filters(ctx), page)),
            "offset",
            page.offset(),
            "limit",
            page.limit(),
            "total",
            x.count()));
  }

  private void document(Context ctx) {
    Annotated a = x.document(ctx.pathParam("id"));
    ObjectNode o = ContractJson.toJson(a);
    o.put("story", x.storyOf(a.document().id()).orElse(null));
    o.set("framing", Json.MAPPER.valueToTree(x.framing(a.document().id())));
    ctx.contentType(JSON).result(o.toString());
  }

  private void search(Context ctx) {
    SearchQuery q = new SearchQuery(Params.text(ctx, Q), Params.filters(ctx), Params.page(ctx, 10));
    json(ctx, x.search(q, Params.text(ctx, STORY), Params.text(ctx, ENTITY)));
  }

  private void entities(Context ctx) {
    var page = Params.page(ctx, 50);
    String type = Params.text(ctx, TYPE);
    pageOf(ctx, page, "entities", x.entities(type, null));
  }

  private void entity(Context ctx) {
    json(ctx, x.detail(x.entity(ctx.pathParam("id"))));
  }

  private void stories(Context ctx) {
    var page = Params.page(ctx, 50);
    pageOf(ctx, page, "stories", x.stories());
  }

  private void story(Context ctx) {
    StoryView s = x.story(ctx.pathParam("id"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("story", s);
    out.put("series", x.seriesIn(s.docs()).keySet());
    out.put("outlets", x.outlets(s));
    json(ctx, out);
  }

  private void seriesList(Context ctx) {
    var page = Params.page(ctx, 50);
    String story = Params.text(ctx, STORY);
    var map = story == null ? x.snapshot().series() : x.seriesIn(x.within(story, null));
    List<Map<String, Object>> all = new ArrayList<>();
    for (var e : map.entrySet()) {
      all.add(
          Map.of(
              "id",
              e.getKey(),
              "key",
              e.getValue().key(),
              "label",
              e.getValue().key().label(),
              "observations",
              e.getValue().observations().size()));
    }
    pageOf(ctx, page, "series", all);
  }

  private void series(Context ctx) {
    String id = ctx.pathParam("id");
    var f = x.series(id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("key", f.key());
    out.put("label", f.key().label());
    out.put("observations", f.observations());
    out.put("changes", f.changes());
    out.put("conflicts", f.conflicts());
    out.put(
        "linked", f.linked().stream().map(k -> Map.of("id", SeriesIds.of(k), "key", k)).toList());
    json(ctx, out);
  }

  /** What a timeline, map or report covers: a story, an entity, or a search's best matches. */
  Scope scope(Context ctx, boolean allowEntity) {
    String story = Params.text(ctx, STORY), entity = allowEntity ? Params.text(ctx, ENTITY) : null;
    String q = Params.text(ctx, Q);
    String topic = allowEntity ? Params.text(ctx, SCOPE_TOPIC) : null;
    int given =
        (story != null ? 1 : 0)
            + (entity != null ? 1 : 0)
            + (q != null ? 1 : 0)
            + (topic != null ? 1 : 0);
    if (given != 1) {
      throw ApiError.badParameter(
          story == null ? "story" : "q",
          "give exactly one of "
              + (allowEntity ? "story, entity, q, topic" : "story, q")
              + " (got "
              + given
              + ")");
    }
    if (story != null) return Scope.story(story);
    if (entity != null) return Scope.entity(entity);
    if (topic != null) return Scope.topic(topic);
    return Scope.search(q);
  }

  private void timeline(Context ctx) {
    int limit = Params.integer(ctx, ITEMS, Situations.TIMELINE_ITEMS);
    json(ctx, x.timeline(scope(ctx, true), limit));
  }

  private void places(Context ctx) {
    json(ctx, x.places(x.docs(scope(ctx, false)).ids()));
  }

  private void ingest(Context ctx) throws IOException {
    if (ctx.contentLength() > maxBody) throw tooLarge();
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
    }
    if (bytes.length > maxBody) throw tooLarge();
    Ingest.Meta meta =
        new Ingest.Meta(
            Params.text(ctx, TITLE),
            Params.text(ctx, INGEST_OUTLET),
            Params.text(ctx, INGEST_LABEL),
            Params.text(ctx, PUBLISHED),
            Params.text(ctx, URL));
    List<Ingest.Skipped> skipped = new ArrayList<>();
    Ingest.suffixFor(
        ctx.contentType()); // an unsupported type is refused before anything is written
    List<Document> docs;
    try {
      docs = ingest.parse(ctx.contentType(), bytes, meta, skipped);
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, e.getMessage(), null);
    }
    if (docs.isEmpty()) {
      throw new ApiError(
          400,
          "no article could be read"
              + (skipped.isEmpty()
                  ? ""
                  : "; first problem: line " + skipped.get(0).line() + ": " + skipped.get(0).why()),
          null);
    }
    // the picture the pages show was brought up to date by the ingest itself (see SitrepServer)
    Ingest.Result r = ingest.run(docs, skipped);
    ctx.status(r.stored().stream().anyMatch(i -> i.isNew()) ? 201 : 200);
    json(ctx, r);
  }

  private ApiError tooLarge() {
    return new ApiError(
        413, "request body is larger than " + maxBody + " bytes; split the upload", null);
  }

  /**
   * A page of a list: the list's size, where the page starts, how long it may be, and its items as
   * {@code name}.
   */
  private static void pageOf(Context ctx, org.sitrep.store.Page page, String name, List<?> all) {
    json(
        ctx,
        Map.of(
            "total",
            all.size(),
            "offset",
            page.offset(),
            "limit",
            page.limit(),
            name,
            slice(all, page)));
  }

  private static <T> List<T> slice(List<T> all, org.sitrep.store.Page p) {
    if (p.offset() >= all.size()) return List.of();
    return all.subList(p.offset(), Math.min(all.size(), p.offset() + p.limit()));
  }
}
