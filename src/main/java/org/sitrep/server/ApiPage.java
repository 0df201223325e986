package org.sitrep.server;

import java.util.List;
import org.sitrep.server.web.Html;

/** A page listing the API's routes from the route table, and the page shown for an error. */
final class ApiPage {
  private ApiPage() {}

  static String render(List<Route> routes) {
    Html h = new Html();
    h.raw(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>API · Sitrep</title>")
        .raw(
            "<link rel=\"stylesheet\" href=\"/static/sitrep.css\"></head><body><header class=\"top\">")
        .raw(
            "<a class=\"brand\" href=\"/\">Sitrep</a></header><main><h1>API</h1><p class=\"lead\">")
        .raw("JSON answers; errors as {status, error, parameter}. Machine-readable: ")
        .raw(
            "<a href=\"/openapi.json\">/openapi.json</a>.</p><table><thead><tr><th>Method</th><th>Path</th>")
        .raw("<th>What</th><th>Parameters</th></tr></thead><tbody>");
    for (Route r : routes) {
      h.raw("<tr><td>")
          .text(r.method())
          .raw("</td><td><code>")
          .text(r.path())
          .raw("</code></td><td>")
          .text(r.summary())
          .raw("</td><td>");
      for (Param p : r.params()) h.raw("<code>").text(p.name()).raw("</code> ");
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table></main></body></html>");
    return h.toString();
  }

  static String error(int status, String message) {
    Html h = new Html();
    h.raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .text(status)
        .raw(" · Sitrep</title><link rel=\"stylesheet\" href=\"/static/sitrep.css\"></head><body>")
        .raw("<header class=\"top\"><a class=\"brand\" href=\"/\">Sitrep</a></header><main><h1>")
        .text(status)
        .raw("</h1><p class=\"error\">")
        .text(message)
        .raw("</p><p><a href=\"/\">Back to the stories</a></p></main></body></html>");
    return h.toString();
  }
}
