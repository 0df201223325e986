package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.json.ContractJson;
import org.sitrep.query.NotFound;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.store.BadQueryException;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep search QUERY}: full-text search with highlighted snippets and facet counts. */
@Command(
    mixinStandardHelpOptions = true,
    name = "search",
    description =
        "Search stored documents (Lucene syntax: words, \"phrases\", title:word, -word, OR, wildcards*).")
final class SearchCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin FilterOptions filter;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..1",
      description = "The query; empty lists every document.")
  String query = "";

  @Option(names = "--limit", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--page", description = "Page number, from 1 (default: ${DEFAULT-VALUE}).")
  int page = 1;

  @Option(names = "--json", description = "The whole result as one JSON object.")
  boolean json;

  @Option(names = "--story", paramLabel = "ID", description = "Only the articles of this story.")
  String story;

  @Option(
      names = "--entity",
      paramLabel = "ID",
      description = "Only the articles that name this entity.")
  String entity;

  @Override
  public Integer call() throws Exception {
    if (page < 1) throw new UserError("--page starts at 1");
    SearchResult r;
    java.util.Map<String, org.sitrep.store.ArticleRef> names;
    try (Situations x = data.query()) {
      r =
          result(
              x.search(
                  new SearchQuery(query, filter.filters(), Pages.of((page - 1) * limit, limit)),
                  story,
                  entity));
      names = x.refs(r.hits().stream().map(SearchResult.Hit::id).toList());
    } catch (BadQueryException | NotFound e) {
      throw new UserError(e.getMessage());
    }
    if (json) {
      System.out.println(ContractJson.MAPPER.writeValueAsString(r));
      return 0;
    }
    boolean tty = Terminal.interactive();
    System.out.println(
        Labels.count(r.total(), "document")
            + (r.total() == 1 ? " matches" : " match")
            + (r.total() > limit ? ", page " + page : ""));
    for (SearchResult.Hit h : r.hits()) {
      System.out.printf(
          "%n%s  %s  %s · %s%n",
          h.id(),
          names.containsKey(h.id())
              ? names.get(h.id()).name()
              : org.sitrep.model.ArticleName.of(h.title(), h.snippet()),
          ListCommand.nz(h.outlet()),
          ListCommand.nz(h.published()));
      System.out.println("  " + snippet(h.snippet(), tty));
    }
    if (!r.outlets().isEmpty()) System.out.println("\noutlets: " + facets(r.outlets()));
    if (!r.labels().isEmpty()) System.out.println("labels:  " + facets(r.labels()));
    return 0;
  }

  /** A search's answer as this command has always printed it: hits, outlet and label counts. */
  static SearchResult result(Situations.SearchAnswer a) {
    return new SearchResult(
        a.total(),
        a.hits().stream()
            .map(
                h ->
                    new SearchResult.Hit(
                        h.id(),
                        h.title(),
                        h.outlet(),
                        h.label(),
                        h.published(),
                        h.score(),
                        h.snippet()))
            .toList(),
        a.facets().get("outlet"),
        a.facets().get("label"));
  }

  /**
   * The snippet's {@code <b>} marks as bold on a terminal, as «» elsewhere; HTML entities decoded.
   */
  static String snippet(String html, boolean tty) {
    String s =
        html.replace("<b>", tty ? "\u001b[1m" : "«").replace("</b>", tty ? "\u001b[0m" : "»");
    return org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
  }

  private static String facets(java.util.List<SearchResult.FacetCount> fs) {
    StringBuilder sb = new StringBuilder();
    for (SearchResult.FacetCount f : fs)
      sb.append(f.value()).append(" (").append(f.count()).append(")  ");
    return sb.toString().strip();
  }
}
