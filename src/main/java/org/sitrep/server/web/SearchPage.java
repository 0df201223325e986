package org.sitrep.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.query.Situations;
import org.sitrep.store.SearchResult;

/**
 * Search results with facets by outlet, label, story and entity; each facet value narrows the
 * search.
 */
public final class SearchPage {
  private SearchPage() {}

  /** The parameters of the current search, to rebuild links that change one of them. */
  public record State(
      String q,
      String outlet,
      String label,
      String from,
      String to,
      String story,
      String entity,
      int offset,
      int limit) {
    Map<String, String> asMap() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("q", q);
      m.put("outlet", outlet);
      m.put("label", label);
      m.put("from", from);
      m.put("to", to);
      m.put("story", story);
      m.put("entity", entity);
      return m;
    }

    String with(String key, String value, int newOffset) {
      Map<String, String> m = asMap();
      m.put(key, value);
      StringBuilder b = new StringBuilder("/search?");
      for (var e : m.entrySet()) {
        if (e.getValue() != null && !e.getValue().isEmpty())
          b.append(e.getKey()).append('=').append(Html.url(e.getValue())).append('&');
      }
      if (newOffset > 0) b.append("offset=").append(newOffset).append('&');
      b.append("limit=").append(limit);
      return b.toString();
    }
  }

  public static String render(Situations x, State st, Situations.SearchAnswer r) {
    Html h = new Html();
    h.raw("<h1>Search</h1><form class=\"filters\" action=\"/search\" method=\"get\">")
        .raw("<label>Query <input name=\"q\"")
        .attr("value", st.q())
        .raw("></label>")
        .raw(
            "<label>From <input type=\"text\" name=\"from\" inputmode=\"numeric\" pattern=\"\\d{4}-\\d{2}-\\d{2}\" placeholder=\"YYYY-MM-DD\" size=\"10\" title=\"a date as YYYY-MM-DD\"")
        .attr("value", st.from())
        .raw("></label>")
        .raw(
            "<label>To <input type=\"text\" name=\"to\" inputmode=\"numeric\" pattern=\"\\d{4}-\\d{2}-\\d{2}\" placeholder=\"YYYY-MM-DD\" size=\"10\" title=\"a date as YYYY-MM-DD\"")
        .attr("value", st.to())
        .raw("></label>");
    for (String k : List.of("outlet", "label", "story", "entity")) {
      String v = st.asMap().get(k);
      if (v != null) h.raw("<input type=\"hidden\"").attr("name", k).attr("value", v).raw(">");
    }
    h.raw("<button type=\"submit\">Search</button></form>");
    h.raw("<p class=\"lead\"><span id=\"total\">")
        .text(r.total())
        .raw("</span> matching ")
        .raw(r.total() == 1 ? "article" : "articles");
    active(h, st, "outlet", st.outlet(), st.outlet());
    active(h, st, "label", st.label(), st.label());
    active(h, st, "story", st.story(), st.story() == null ? null : storyTitle(x, st.story()));
    active(h, st, "entity", st.entity(), st.entity() == null ? null : entityName(x, st.entity()));
    if (r.total() > 0) {
      h.raw(" · ")
          .link(mapLink(st), "map of their places")
          .raw(" · ")
          .link("/report?" + mapLink(st).substring("/map?".length()), "situation report");
    }
    h.raw("</p><div class=\"searchview\"><aside class=\"facets\">");
    facet(h, st, "Outlet", "outlet", r.facets().get("outlet"), x);
    facet(h, st, "Label", "label", r.facets().get("label"), x);
    facet(h, st, "Story", "story", r.facets().get("story"), x);
    facet(h, st, "Entity", "entity", r.facets().get("entity"), x);
    if (r.facetsSampled())
      h.raw("<p class=\"muted\">Story and entity counts cover the best ")
          .text(Situations.FACET_SAMPLE)
          .raw(" matches.</p>");
    h.raw("</aside><ol class=\"hits\"").attr("start", String.valueOf(st.offset() + 1)).raw(">");
    var names = x.refs(r.hits().stream().map(Situations.Hit::id).toList());
    for (Situations.Hit hit : r.hits()) {
      var ref = names.get(hit.id());
      h.raw("<li class=\"hit\"><a class=\"title\"")
          .attr("href", "/documents/" + Html.url(hit.id()))
          .raw(">")
          .text(
              ref != null
                  ? ref.name()
                  : org.sitrep.model.ArticleName.of(hit.title(), Html.snippet(hit.snippet())))
          .raw("</a> <span class=\"muted\">")
          .text(Fmt.outlet(hit.outlet()))
          .raw(" · ")
          .text(Fmt.or(hit.published(), "undated"));
      if (ref != null) Fmt.language(h, ref.language());
      h.raw("</span>");
      if (hit.story() != null) h.raw(" ").link("/stories/" + Html.url(hit.story()), "story");
      h.raw("<p class=\"snippet\">").raw(Html.snippet(hit.snippet())).raw("</p></li>");
    }
    h.raw("</ol></div><nav class=\"pager\">");
    if (st.offset() > 0)
      h.link(st.with("q", st.q(), Math.max(0, st.offset() - st.limit())), "← previous");
    if (st.offset() + st.limit() < r.total()
        && st.offset() + 2L * st.limit() <= org.sitrep.store.Page.MAX_END) {
      h.raw(" ").link(st.with("q", st.q(), st.offset() + st.limit()), "next →");
    }
    h.raw("</nav>");
    return Layout.page("Search: " + Fmt.or(st.q(), "all"), st.q(), h);
  }

  private static String mapLink(State st) {
    return "/map?"
        + (st.story() != null
            ? "story=" + Html.url(st.story())
            : "q=" + Html.url(Fmt.or(st.q(), "")));
  }

  private static void active(Html h, State st, String key, String value, String shown) {
    if (value == null) return;
    h.raw(" · ")
        .text(key)
        .raw(": <strong>")
        .text(shown)
        .raw("</strong> ")
        .link(st.with(key, null, 0), "✕");
  }

  private static void facet(
      Html h,
      State st,
      String title,
      String key,
      List<SearchResult.FacetCount> counts,
      Situations x) {
    h.raw("<h3>").text(title).raw("</h3>");
    if (counts == null || counts.isEmpty()) {
      h.raw("<p class=\"muted\">—</p>");
      return;
    }
    h.raw("<ul").attr("class", "facet facet-" + key).raw(">");
    for (SearchResult.FacetCount c : counts) {
      String shown =
          switch (key) {
            case "story" -> storyTitle(x, c.value());
            case "entity" -> entityName(x, c.value());
            default -> c.value();
          };
      h.raw("<li>")
          .link(st.with(key, c.value(), 0), shown)
          .raw(" <span class=\"count\">")
          .text(c.count())
          .raw("</span></li>");
    }
    h.raw("</ul>");
  }

  private static String storyTitle(Situations x, String id) {
    var s = x.snapshot().stories().get(id);
    return s == null
        ? "story " + id
        : org.sitrep.model.ArticleName.clip(Fmt.or(s.title(), "story " + id), 80);
  }

  private static String entityName(Situations x, String id) {
    var e = x.snapshot().entities().get(id);
    return e == null ? id : e.name();
  }
}
