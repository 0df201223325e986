package org.sitrep.server.web;

/**
 * The frame every page shares: head, navigation with a search box, and the scripts it loads from
 * the server.
 */
public final class Layout {
  static final String CHART_JS = "/webjars/chart.js/4.4.1/dist/chart.umd.js";
  static final String LEAFLET_JS = "/webjars/leaflet/1.9.4/dist/leaflet.js";
  static final String LEAFLET_CSS = "/webjars/leaflet/1.9.4/dist/leaflet.css";

  /**
   * Country outlines of the world in GeoJSON (lon/lat), served from the echarts WebJar: the map's
   * base.
   */
  static final String WORLD_OUTLINES = "/webjars/echarts/4.1.0/map/json/world.json";

  /** The sections every page links to, in order: path and name. */
  static final String[][] NAV = {
    {"/", "Stories"},
    {"/entities", "Entities"},
    {"/offices", "Offices"},
    {"/series", "Fact series"},
    {"/topics", "Topics"},
    {"/map", "Map"},
    {"/search", "Search"},
    {"/api", "API"}
  };

  private Layout() {}

  /**
   * A whole page. {@code scripts} are paths of served files; there is no inline script anywhere.
   */
  public static String page(String title, String q, Html body, String... scripts) {
    Html h = new Html();
    h.raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<title>")
        .text(title)
        .raw(" · Sitrep</title>")
        .raw("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/static/favicon.svg\">")
        .raw("<link rel=\"stylesheet\" href=\"/static/sitrep.css\">");
    for (String s : scripts) {
      if (s.equals(LEAFLET_JS))
        h.raw("<link rel=\"stylesheet\"").attr("href", LEAFLET_CSS).raw(">");
    }
    h.raw("</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>")
        .raw("<header class=\"top\"><a class=\"brand\" href=\"/\">Sitrep</a>")
        .raw("<nav aria-label=\"Sections\">");
    for (String[] n : NAV) h.link(n[0], n[1]);
    h.raw("</nav>")
        .raw("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
        .raw("<input type=\"search\" name=\"q\" placeholder=\"Search articles (Lucene syntax)\"")
        .attr("value", q)
        .raw(
            " aria-label=\"Search articles\"><button type=\"submit\">Search</button></form></header>")
        .raw("<main id=\"main\" tabindex=\"-1\">")
        .raw(body.toString())
        .raw("</main>");
    for (String s : scripts) h.raw("<script").attr("src", s).raw("></script>");
    h.raw("<script src=\"/static/sitrep.js\"></script></body></html>");
    return h.toString();
  }
}
