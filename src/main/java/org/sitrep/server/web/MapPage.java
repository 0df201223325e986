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
    Html h = new Html();
    java.util.List<String> shown = new java.util.ArrayList<>();
    for (Situations.Place p : places.places())
      shown.addAll(p.docs().subList(0, Math.min(3, p.docs().size())));
    var refs = x.refs(shown);
    h.raw("<h1>")
        .text(title)
        .raw("</h1><p class=\"lead\">")
        .text(org.sitrep.report.Labels.count(places.places().size(), "place"))
        .raw(
            " with coordinates. A place's count is the number of articles that name it, as on the"
                + " entity pages; places close together at the map's zoom share one label. The map is"
                + " fitted to where most of them lie: zoom out for the far ones.</p>")
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
          .attr("data-count", String.valueOf(p.docs().size()))
          .raw("><td>")
          .text(p.name())
          .raw("</td><td>")
          .text(Fmt.or(p.country(), ""))
          .raw("</td><td class=\"num\">")
          .text(p.docs().size())
          .raw("</td><td class=\"num\">")
          .text(p.mentions())
          .raw("</td><td>");
      Articles.inline(h, refs, p.docs(), 3, "/search?q=" + Html.url("\"" + p.name() + "\""));
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table></section><section><h2>Countries named</h2>")
        .raw(
            "<p class=\"muted\">Mentions of a place in each country, the country itself included.</p>")
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
}
