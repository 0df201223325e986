package org.sitrep.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.query.Situations;
import org.sitrep.server.web.DocumentPage;
import org.sitrep.server.web.EntityPages;
import org.sitrep.server.web.MapPage;
import org.sitrep.server.web.ReportPage;
import org.sitrep.server.web.SearchPage;
import org.sitrep.server.web.SeriesPages;
import org.sitrep.server.web.StoryPages;
import org.sitrep.store.SearchQuery;

/** The HTML pages, each reading the same {@link Situations} the API reads. */
final class PageRoutes {
  static final String HTML = "text/html";
  private final Situations x;
  private final ApiRoutes api;

  PageRoutes(Situations x, ApiRoutes api) {
    this.x = x;
    this.api = api;
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    r.add(
        Route.get(
            "/",
            "Page: stories by latest activity",
            HTML,
            ctx ->
                html(
                    ctx,
                    StoryPages.home(
                        x,
                        Params.integer(ctx, Params.OFFSET, 0),
                        Params.integer(ctx, Params.LIMIT, StoryPages.STORIES))),
            Params.OFFSET,
            Params.LIMIT));
    r.add(
        Route.get(
            "/stories/{id}",
            "Page: a story's timeline, fact series and outlets side by side",
            HTML,
            ctx ->
                cached(
                    ctx,
                    () ->
                        StoryPages.story(
                            x, x.story(ctx.pathParam("id")), kind(ctx.queryParam(KIND.name())))),
            Param.path("id", "story id"),
            KIND));
    r.add(
        Route.get(
            "/series", "Page: every fact series", HTML, ctx -> html(ctx, SeriesPages.list(x))));
    r.add(
        Route.get(
            "/series/{id}",
            "Page: a fact series as a chart over time and its observations",
            HTML,
            ctx ->
                cached(
                    ctx,
                    () -> {
                      var f = x.series(ctx.pathParam("id"));
                      var obs = f.observations();
                      // the articles of the observations the page lists
                      var docs =
                          obs
                              .subList(
                                  Math.max(0, obs.size() - SeriesPages.OBSERVATIONS), obs.size())
                              .stream()
                              .map(o -> o.docId())
                              .toList();
                      return SeriesPages.series(ctx.pathParam("id"), f, x.refs(docs));
                    }),
            Param.path("id", "series id")));
    r.add(
        Route.get(
            "/entities",
            "Page: entities, most mentioned first",
            HTML,
            ctx ->
                html(
                    ctx,
                    EntityPages.list(
                        x,
                        Params.integer(ctx, Params.OFFSET, 0),
                        Params.integer(ctx, Params.LIMIT, 200))),
            Params.OFFSET,
            Params.LIMIT));
    r.add(
        Route.get(
            "/entities/{id}",
            "Page: an entity's names, roles, quotes and co-mentions",
            HTML,
            ctx ->
                cached(ctx, () -> EntityPages.entity(x, x.detail(x.entity(ctx.pathParam("id"))))),
            Param.path("id", "entity id")));
    r.add(
        Route.get(
            "/documents/{id}",
            "Page: an article with its findings highlighted",
            HTML,
            this::document,
            Param.path("id", "document id")));
    r.add(
        Route.get(
            "/search",
            "Page: search with facets",
            HTML,
            this::search,
            ApiRoutes.Q,
            Params.OUTLET,
            Params.LABEL,
            Params.FROM,
            Params.TO,
            ApiRoutes.STORY,
            ApiRoutes.ENTITY,
            Params.OFFSET,
            Params.LIMIT));
    r.add(
        Route.get(
            "/map",
            "Page: a map of the places in a story or a search (every article when neither is given)",
            HTML,
            this::map,
            ApiRoutes.STORY,
            ApiRoutes.Q));
    r.add(
        Route.get(
            "/offices",
            "Page: who held which office when",
            HTML,
            ctx ->
                html(
                    ctx,
                    EntityPages.offices(
                        x,
                        x.offices(
                            Params.text(ctx, ApiRoutes.ROLE), Params.text(ctx, ApiRoutes.OF)))),
            ApiRoutes.ROLE,
            ApiRoutes.OF));
    r.add(
        Route.get(
            "/report",
            "Page: a situation report on a story, an entity or a search (give exactly one of"
                + " story, entity, q), every line citing its source",
            HTML,
            ctx -> {
              // a topic's or a search's articles change with the topic or the index, not only
              // with the picture
              if (ctx.queryParam(ApiRoutes.SCOPE_TOPIC.name()) != null
                  || ctx.queryParam(ApiRoutes.Q.name()) != null)
                html(ctx, ReportPage.render(api.brief(ctx), ctx.queryString()));
              else cached(ctx, () -> ReportPage.render(api.brief(ctx), ctx.queryString()));
            },
            ApiRoutes.STORY,
            ApiRoutes.ENTITY,
            ApiRoutes.Q,
            ApiRoutes.SCOPE_TOPIC));
    return r;
  }

  static final Param KIND =
      Param.text("kind", "only timeline items of this kind: event, fact or quote");

  private static String kind(String k) {
    if (k == null || k.isBlank()) return null;
    if (!List.of("event", "fact", "quote").contains(k))
      throw ApiError.badParameter("kind", "must be event, fact or quote");
    return k;
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A page as rendered from one resolved picture, and that picture. */
  private record Rendered(Object picture, String html) {}

  /** How many rendered pages are kept. */
  static final int CACHED_PAGES = 128;

  /**
   * Pages that read only stored articles (which never change) and the resolved picture, by path and
   * query: rendered once per picture. A resolution run replaces the picture, so the next request
   * renders the page again.
   */
  private final java.util.Map<String, Rendered> rendered =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, Rendered> e) {
              return size() > CACHED_PAGES;
            }
          });

  private void cached(Context ctx, java.util.function.Supplier<String> page) {
    Object picture = x.snapshot();
    String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    Rendered r = rendered.get(key);
    if (r == null || r.picture() != picture) {
      r = new Rendered(picture, page.get());
      rendered.put(key, r);
    }
    html(ctx, r.html());
  }

  static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private void document(Context ctx) {
    var a = x.document(ctx.pathParam("id"));
    String id = a.document().id();
    html(ctx, DocumentPage.render(a, x.storyOf(id).orElse(null), x.framing(id)));
  }

  private void search(Context ctx) {
    var page = Params.page(ctx, 20);
    var filters = Params.filters(ctx);
    String q = Params.text(ctx, ApiRoutes.Q), story = Params.text(ctx, ApiRoutes.STORY);
    String entity = Params.text(ctx, ApiRoutes.ENTITY);
    var answer = x.search(new SearchQuery(q, filters, page), story, entity);
    var state =
        new SearchPage.State(
            q,
            filters.outlet(),
            filters.label(),
            filters.from() == null ? null : filters.from().toString(),
            filters.to() == null ? null : filters.to().toString(),
            story,
            entity,
            page.offset(),
            page.limit());
    html(ctx, SearchPage.render(x, state, answer));
  }

  private String mapPage(Context ctx) {
    String story = Params.text(ctx, ApiRoutes.STORY), q = Params.text(ctx, ApiRoutes.Q);
    if (story == null && q == null) {
      return MapPage.render(x, "Places in every article", x.places());
    }
    List<String> docs = x.docs(api.scope(ctx, false)).ids();
    String title =
        story != null
            ? "Places in: " + org.sitrep.model.ArticleName.clip(x.story(story).title(), 100)
            : "Places in search: " + q;
    String narrow = story != null ? "&story=" + enc(story) : "&q=" + enc(q);
    return MapPage.render(x, title, x.places(docs), narrow);
  }

  private void map(Context ctx) {
    if (ctx.queryParam(ApiRoutes.Q.name()) != null) html(ctx, mapPage(ctx));
    else cached(ctx, () -> mapPage(ctx));
  }
}
