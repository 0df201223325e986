package org.sitrep.server.web;

import java.util.Map;
import org.sitrep.query.Situations;

/**
 * The places of a story or a search on a map drawn without any tile server: the world's country
 * outlines (served from a WebJar) under a latitude/longitude grid, and the places as circles, with
 * the countries named in the articles listed beside it.
 */
public final class MapPage {
  private MapPage() {}

  public static String render(Situations x, String title, Situations.Places places) {
    return render(x, title, places, "");
  }

  /**
   * The map; {@code narrow} is the query string (from its "&amp;") that narrows a search to the
   * map's scope, so a place's "and N more" lists only the scope's articles.
   */
  public static String render(Situations x, String title, Situations.Places places, String narrow) {
    Html h = new Html();
    java.util.List<String> shown = new java.util.ArrayList<>();
    for (Situations.Place p : places.places()) shown.addAll(latest(p.docs()));
    var refs = x.refs(shown);
    h.raw("<h1>")
        .text(title)
        .raw("</h1><p class=\"lead\">")
        .text(org.sitrep.report.Labels.count(places.places().size(), "place"))
        .raw(
            " with coordinates. A place's count is the number of these articles that name it, counted"
                + " as its entity page counts them; places close together at the map's zoom share one"
                + " label. The map is fitted to where most of them lie: zoom out for the far ones.</p>")
        .raw("<div id=\"map\" class=\"map\"")
        .attr("data-basemap", Layout.WORLD_OUTLINES)
        .raw("></div>");
    h.raw(
            "<div class=\"cols\"><section><h2>Places</h2><table><thead><tr><th>Place</th><th>Country</th>")
        .raw("<th>Articles</th><th>Mentions</th><th>Named in</th></tr></thead><tbody>");
    for (Situations.Place p : places.places()) {
      h.raw("<tr class=\"place\"")
          .attr("data-lat", String.valueOf(p.lat()))
          .attr("data-lon", String.valueOf(p.lon()))
          .attr("data-name", p.name())
          .attr("data-count", String.valueOf(p.articles()))
          .attr("data-entity", p.entityId())
          .raw("><td>")
          .link("/entities/" + Html.url(p.entityId()), p.name())
          .raw("</td><td>")
          .text(p.country() == null ? "" : org.sitrep.report.Labels.place(p.country()))
          .raw("</td><td class=\"num\">")
          .text(p.articles())
          .raw("</td><td class=\"num\">")
          .text(p.mentions())
          .raw("</td><td>");
      Articles.shown(
          h,
          refs,
          latest(p.docs()),
          p.docs().size(),
          "/search?entity=" + Html.url(p.entityId()) + narrow);
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table></section><section><h2>Countries named</h2>")
        .raw(
            "<p class=\"muted\">Articles that name a place in each country, the country itself"
                + " included.</p>")
        .raw("<ul class=\"countries\">");
    for (Map.Entry<String, Integer> c : places.countries().entrySet()) {
      h.raw("<li>")
          .text(org.sitrep.report.Labels.place(c.getKey()))
          .raw(" <span class=\"count\">")
          .text(c.getValue())
          .raw("</span></li>");
    }
    h.raw("</ul></section></div>");
    return Layout.page(title, "", h, Layout.LEAFLET_JS);
  }

  /** The latest three of a place's articles (given oldest first), latest first. */
  private static java.util.List<String> latest(java.util.List<String> docs) {
    java.util.List<String> l =
        new java.util.ArrayList<>(docs.subList(Math.max(0, docs.size() - 3), docs.size()));
    java.util.Collections.reverse(l);
    return l;
  }
}
