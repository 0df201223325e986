package org.sitrep.server;

import java.util.List;
import org.sitrep.server.web.Html;
import org.sitrep.server.web.Layout;

/** A page listing the API's routes from the route table, and the page shown for an error. */
final class ApiPage {
  private ApiPage() {}

  static String render(List<Route> routes) {
    Html h = new Html();
    h.raw("<h1>API</h1><p class=\"lead\">")
        .raw("JSON answers; errors as {status, error, parameter}. Machine-readable: ")
        .raw(
            "<a href=\"/openapi.json\">/openapi.json</a>.</p><table><thead><tr><th>Method</th><th>Path</th>")
        .raw("<th>What</th><th>Parameters</th></tr></thead><tbody>");
    for (Route r : routes) {
      h.raw("<tr><td>").text(r.method()).raw("</td><td><code>");
      // a path one can open as it is is a link; one with {placeholders} needs an id first
      if (r.method().equals("GET") && !r.path().contains("{")) h.link(r.path(), r.path());
      else h.text(r.path());
      h.raw("</code></td><td>").text(r.summary()).raw("</td><td>");
      for (Param p : r.params()) h.raw("<code>").text(p.name()).raw("</code> ");
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    return Layout.page("API", "", h);
  }

  static String error(int status, String message) {
    Html h = new Html();
    h.raw("<h1>")
        .text(status)
        .raw("</h1><p class=\"error\">")
        .text(message)
        .raw("</p><p><a href=\"/\">Back to the stories</a></p>");
    return Layout.page(String.valueOf(status), "", h);
  }
}
