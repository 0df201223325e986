package org.sitrep.server.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.query.Situations;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.store.Alert;
import org.sitrep.store.Topic;

/** Topics: the list, and one topic's alerts, stories, fact series and latest articles. */
public final class TopicPages {
  private static final int ALERTS = 50;
  private static final int ARTICLES = 20;

  private TopicPages() {}

  public static String list(Situations x) {
    Html h = new Html();
    h.raw("<h1>Topics</h1><p class=\"lead\">Standing questions: each new article is matched")
        .raw(" against every topic as it arrives, and a topic's alerts tell what changed.</p>");
    List<Topic> all = x.topics();
    if (all.isEmpty()) {
      h.raw("<p class=\"empty\">No topic yet: <code>sitrep topic add NAME --query Q</code> or")
          .raw(" POST /api/topics.</p>");
      return Layout.page("Topics", "", h);
    }
    h.raw("<table><thead><tr><th>Topic</th><th>Conditions</th><th>Articles</th><th>Alerts</th>")
        .raw("</tr></thead><tbody>");
    for (Topic t : all) {
      h.raw("<tr><td>")
          .link("/topics/" + Html.url(t.name()), t.name())
          .raw("</td><td>")
          .text(conditions(t))
          .raw("</td><td class=\"num\">")
          .text(x.topicDocs(t.name()).size())
          .raw("</td><td class=\"num\">")
          .text(x.alerts(t.name(), null, Integer.MAX_VALUE).size())
          .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    return Layout.page("Topics", "", h);
  }

  static String conditions(Topic t) {
    List<String> parts = new ArrayList<>();
    if (t.query() != null) parts.add("matches “" + t.query() + "”");
    if (!t.entities().isEmpty()) parts.add("names " + String.join(" or ", t.entities()));
    if (!t.places().isEmpty()) parts.add("a place in " + String.join(" or ", t.places()));
    if (t.label() != null) parts.add("labelled " + t.label());
    return String.join("; ", parts);
  }

  public static String topic(Situations x, Topic t) {
    String base = "/topics/" + Html.url(t.name());
    List<String> docs = x.topicDocs(t.name());
    Html h = new Html();
    h.raw("<h1>Topic: ")
        .text(t.name())
        .raw("</h1><p class=\"lead\">")
        .text(conditions(t))
        .raw(" · ")
        .text(org.sitrep.report.Labels.count(docs.size(), "article"))
        .raw(" · ")
        .link("/report?topic=" + Html.url(t.name()), "Situation report")
        .raw(" · ")
        .link(base + "/alerts.atom", "Alerts as an Atom feed")
        .raw("</p>");

    List<Alert> alerts = new ArrayList<>(x.alerts(t.name(), null, ALERTS));
    Collections.reverse(alerts);
    h.raw("<h2>Alerts</h2>");
    if (alerts.isEmpty()) {
      h.raw("<p class=\"empty\">No alert yet: alerts concern articles stored after the topic")
          .raw(" was added.</p>");
    } else {
      h.raw("<table class=\"alerts\"><thead><tr><th>Raised</th><th>Kind</th><th>What</th>")
          .raw("<th>Evidence</th></tr></thead><tbody>");
      for (Alert a : alerts) {
        h.raw("<tr><td>").text(a.raised()).raw("</td><td>").text(a.kind()).raw("</td><td>");
        if (a.kind().equals("entity")) h.link("/stories/" + Html.url(a.subject()), a.text());
        else if (a.subject() != null && !a.kind().equals("spike"))
          h.link("/series/" + Html.url(a.subject()), a.text());
        else h.text(a.text());
        h.raw("</td><td>");
        for (Alert.Evidence e : a.evidence()) {
          h.raw("<blockquote>").text(e.text()).raw("</blockquote>");
          if (e.docId() != null)
            h.link("/documents/" + Html.url(e.docId()), Fmt.or(e.outlet(), "the article"));
          if (e.url() != null && e.url().matches("https?://.*"))
            h.raw(" · ").raw("<a rel=\"noopener\"").attr("href", e.url()).raw(">source</a>");
        }
        h.raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }

    StoryPages.coverage(
        h, x.coverage(docs), "every dated article of the topic", docs.size(), "undated");

    Set<String> storyIds = new LinkedHashSet<>();
    for (String d : docs) x.storyOf(d).ifPresent(storyIds::add);
    h.raw("<h2>Stories</h2>");
    if (storyIds.isEmpty()) h.raw("<p class=\"empty\">No story yet.</p>");
    else {
      h.raw("<ul>");
      for (String id : storyIds) {
        StoryView s = x.findStory(id).orElse(null);
        if (s == null) continue;
        h.raw("<li>")
            .link(
                "/stories/" + Html.url(id),
                org.sitrep.model.ArticleName.clip(Fmt.or(s.title(), "Story " + id), 100))
            .raw(" <span class=\"muted\">")
            .text(org.sitrep.report.Labels.count(s.distinctReports(), "distinct report"))
            .raw("</span></li>");
      }
      h.raw("</ul>");
    }

    Map<String, FactSeries> series = x.seriesIn(docs);
    h.raw("<h2>Fact series</h2>");
    if (series.isEmpty()) h.raw("<p class=\"empty\">No figure reported yet.</p>");
    else {
      h.raw("<ul>");
      for (var e : series.entrySet())
        h.raw("<li>")
            .link("/series/" + Html.url(e.getKey()), e.getValue().key().label())
            .raw(" <span class=\"muted\">")
            .text(org.sitrep.report.Labels.count(e.getValue().observations().size(), "observation"))
            .raw("</span></li>");
      h.raw("</ul>");
    }

    h.raw("<h2>Latest articles</h2>");
    if (docs.isEmpty()) h.raw("<p class=\"empty\">No article matches yet.</p>");
    else {
      List<String> latest =
          new ArrayList<>(docs.subList(Math.max(0, docs.size() - ARTICLES), docs.size()));
      Collections.reverse(latest);
      var refs = x.refs(latest);
      h.raw("<ul class=\"articles\">");
      for (String id : latest) {
        h.raw("<li>");
        Articles.one(h, id, refs.get(id));
        h.raw(" <small>")
            .text(String.join("; ", x.topicsOf(id).getOrDefault(t.name(), List.of())))
            .raw("</small></li>");
      }
      h.raw("</ul>");
      // a topic that is a query alone is that search; otherwise its report reads every article
      boolean search = t.query() != null && t.entities().isEmpty() && t.places().isEmpty();
      Articles.more(
          h,
          latest.size(),
          docs.size(),
          "article",
          search && t.label() == null
              ? "/search?q=" + Html.url(t.query())
              : "/report?topic=" + Html.url(t.name()));
    }
    return Layout.page("Topic " + t.name(), "", h, Layout.CHART_JS);
  }
}
