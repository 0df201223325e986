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

  public static String render(String title, Situations.Places places) {
    Html h = new Html();
    h.raw("<h1>")
        .text(title)
        .raw("</h1><p class=\"lead\">")
        .text(places.places().size())
        .raw(" places with coordinates; circle size follows the number of mentions.</p>")
        .raw("<div id=\"map\" class=\"map\"")
        .attr("data-basemap", Layout.WORLD_OUTLINES)
        .raw("></div>");
    h.raw(
            "<div class=\"cols\"><section><h2>Places</h2><table><thead><tr><th>Place</th><th>Country</th>")
        .raw("<th>Mentions</th><th>Lat, lon</th><th>Articles</th></tr></thead><tbody>");
    for (Situations.Place p : places.places()) {
      h.raw("<tr class=\"place\"")
          .attr("data-lat", String.valueOf(p.lat()))
          .attr("data-lon", String.valueOf(p.lon()))
          .attr("data-name", p.name())
          .attr("data-count", String.valueOf(p.mentions()))
          .raw("><td>")
          .text(p.name())
          .raw("</td><td>")
          .text(Fmt.or(p.country(), ""))
          .raw("</td><td class=\"num\">")
          .text(p.mentions())
          .raw("</td><td>")
          .text(String.format("%.2f, %.2f", p.lat(), p.lon()))
          .raw("</td><td>");
      for (String d : p.docs()) h.link("/documents/" + Html.url(d), d).raw(" ");
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table></section><section><h2>Countries named</h2><ul class=\"countries\">");
    for (Map.Entry<String, Integer> c : places.countries().entrySet()) {
      h.raw("<li>")
          .text(c.getKey())
          .raw(" <span class=\"count\">")
          .text(c.getValue())
          .raw("</span></li>");
    }
    h.raw("</ul></section></div>");
    return Layout.page(title, "", h, Layout.LEAFLET_JS);
  }
}
