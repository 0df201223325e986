package org.sitrep.server.web;

import java.util.List;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.entity.Offices;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.store.SearchResult;

/**
 * Entities: the list, and one entity with its names, roles over time, quotes by and about it, and
 * co-mentions.
 */
public final class EntityPages {
  private EntityPages() {}

  /** Offices with their holders oldest first, each holder linked to their page and articles. */
  public static String offices(Situations x, List<Offices.Office> offices) {
    List<String> shown = new java.util.ArrayList<>();
    for (Offices.Office o : offices)
      for (Offices.Holder holder : o.holders())
        shown.addAll(holder.docs().subList(0, Math.min(3, holder.docs().size())));
    var refs = x.refs(shown);
    Html h = new Html();
    h.raw("<h1>Offices</h1><p class=\"lead\">Who held which office when: each title, whose it is,")
        .raw(" and its holders in the order they were first seen holding it.</p>");
    if (offices.isEmpty()) h.raw("<p class=\"empty\">No office matches.</p>");
    for (Offices.Office o : offices) {
      h.raw("<section class=\"office\"><h2>")
          .text(o.role())
          .raw(o.of() == null ? "" : " · ")
          .text(o.of() == null ? "" : Labels.place(o.of()))
          .raw("</h2><table><thead><tr><th>Held by</th><th>First seen</th><th>Last seen</th>")
          .raw("<th>Articles</th></tr></thead><tbody>");
      for (Offices.Holder holder : o.holders()) {
        h.raw("<tr><td>")
            .link("/entities/" + Html.url(holder.entityId()), holder.name())
            .raw("</td><td>")
            .text(Fmt.or(holder.firstSeen(), "undated"))
            .raw("</td><td>")
            .text(Fmt.or(holder.lastSeen(), ""))
            .raw("</td><td>");
        Articles.inline(h, refs, holder.docs(), 3, "/search?entity=" + Html.url(holder.entityId()));
        h.raw("</td></tr>");
      }
      h.raw("</tbody></table></section>");
    }
    return Layout.page("Offices", "", h);
  }

  public static String list(Situations x, int offset, int limit) {
    Html h = new Html();
    var all = x.snapshot().entities().values();
    int total = all.size();
    int end = Math.min(total, offset + limit);
    h.raw(
            "<h1>Entities</h1><p class=\"lead\">People, organisations and places across all articles, most mentioned first. ")
        .text(
            total <= limit && offset == 0
                ? Labels.count(total, "entity", "entities")
                : (offset + 1) + "–" + end + " of " + Labels.count(total, "entity", "entities"))
        .raw(".</p>");
    h.raw(
        "<table><thead><tr><th>Name</th><th>Type</th><th>Country</th><th>Mentions</th><th>Articles</th></tr></thead><tbody>");
    int n = 0;
    for (Entity e : all) {
      if (n++ < offset) continue;
      if (n > end) break;
      h.raw("<tr><td>")
          .link("/entities/" + Html.url(e.id()), e.name())
          .raw("</td><td>")
          .text(e.type())
          .raw("</td><td>")
          .text(Fmt.or(e.country(), ""))
          .raw("</td><td class=\"num\">")
          .text(e.mentions())
          .raw("</td><td class=\"num\">")
          .text(e.docs().size())
          .raw("</td></tr>");
    }
    h.raw("</tbody></table><nav class=\"pager\">");
    if (offset > 0)
      h.link("/entities?offset=" + Math.max(0, offset - limit) + "&limit=" + limit, "← previous");
    if (end < total)
      h.raw(" ")
          .link(
              "/entities?offset=" + end + "&limit=" + limit,
              "next " + Math.min(limit, total - end) + " →");
    h.raw("</nav>");
    return Layout.page("Entities", "", h);
  }

  public static String entity(Situations x, Situations.EntityDetail d) {
    Entity e = d.entity();
    Html h = new Html();
    h.raw("<h1>")
        .text(e.name())
        .raw("</h1><p class=\"lead\">")
        .text(e.type())
        .raw(e.country() == null ? "" : " · ")
        .text(e.country())
        .raw(" · ")
        .text(Labels.count(e.mentions(), "mention"))
        .raw(" in ")
        .text(Labels.count(e.docs().size(), "article"))
        .raw(" · ")
        .link("/search?entity=" + Html.url(e.id()), "Search its articles")
        .raw(" · ")
        .link("/report?entity=" + Html.url(e.id()), "Situation report")
        .raw("</p>");
    h.raw("<section><h2>Names and variants</h2><ul class=\"variants\">");
    for (String v : e.variants()) h.raw("<li>").text(v).raw("</li>");
    h.raw("</ul></section>");
    h.raw("<section><h2>Roles over time</h2>");
    if (e.roles().isEmpty()) h.raw("<p class=\"muted\">No roles seen.</p>");
    else {
      List<String> shown = new java.util.ArrayList<>();
      for (Entity.RoleSpell r : e.roles())
        shown.addAll(r.docs().subList(0, Math.min(3, r.docs().size())));
      var refs = x.refs(shown);
      h.raw(
          "<table><thead><tr><th>Role</th><th>Of</th><th>First seen</th><th>Last seen</th><th>In</th></tr></thead><tbody>");
      for (Entity.RoleSpell r : e.roles()) {
        String office =
            "/offices?role="
                + Html.url(r.role())
                + (r.country() == null ? "" : "&of=" + Html.url(r.country()));
        h.raw("<tr><td>")
            .link(office, r.role())
            .raw("</td><td>")
            .text(r.country() == null ? "" : Labels.place(r.country()))
            .raw("</td><td>")
            .text(Fmt.or(r.firstSeen(), "?"))
            .raw("</td><td>")
            .text(Fmt.or(r.lastSeen(), "?"))
            .raw("</td><td>");
        Articles.inline(h, refs, r.docs(), 3, "/search?entity=" + Html.url(e.id()));
        h.raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }
    h.raw("</section><section><h2>Quotes by ").text(e.name()).raw("</h2>");
    quotes(h, d.quotesBy());
    h.raw("</section><section><h2>Quotes about ").text(e.name()).raw("</h2>");
    quotes(h, d.quotesAbout());
    h.raw("</section><section><h2>Named with</h2>");
    if (d.coMentioned().isEmpty())
      h.raw("<p class=\"muted\">No other entity shares an article.</p>");
    else {
      h.raw("<ul class=\"co\">");
      for (SearchResult.FacetCount c : d.coMentioned()) {
        Entity o = x.snapshot().entities().get(c.value());
        h.raw("<li>")
            .link("/entities/" + Html.url(c.value()), o == null ? c.value() : o.name())
            .raw(" <span class=\"muted\">")
            .text(Labels.count(c.count(), "article"))
            .raw("</span></li>");
      }
      h.raw("</ul>");
    }
    h.raw("</section><section><h2>Articles</h2>");
    Articles.list(h, x, e.docs(), 50, "/search?entity=" + Html.url(e.id()));
    h.raw("</section>");
    return Layout.page(e.name(), "", h);
  }

  private static void quotes(Html h, java.util.List<QuoteVariants.Statement> statements) {
    if (statements.isEmpty()) {
      h.raw("<p class=\"muted\">None found.</p>");
      return;
    }
    h.raw("<ul class=\"quotes\">");
    for (QuoteVariants.Statement s : statements) {
      h.raw("<li><blockquote>");
      for (QuoteVariants.Item v : s.variants()) {
        h.raw("<p>“")
            .text(v.text())
            .raw("” — ")
            .text(Fmt.or(v.speaker(), "unknown speaker"))
            .raw(", ")
            .link(Fmt.at(v.docId(), v.start()), Fmt.outlet(v.outlet()))
            .raw("</p>");
      }
      h.raw("</blockquote></li>");
    }
    h.raw("</ul>");
  }
}
