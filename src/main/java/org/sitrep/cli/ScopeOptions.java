package org.sitrep.cli;

import org.sitrep.query.NotFound;
import org.sitrep.query.Scope;
import org.sitrep.query.Situations;
import org.sitrep.store.BadQueryException;
import picocli.CommandLine.Option;

/**
 * What a command looks at: one story, one entity's articles, the best matches of a search, or a
 * topic's articles.
 */
final class ScopeOptions {
  @Option(names = "--story", paramLabel = "ID", description = "A story's articles.")
  String story;

  @Option(names = "--entity", paramLabel = "ID", description = "The articles that name an entity.")
  String entity;

  @Option(
      names = "--query",
      paramLabel = "Q",
      description = "The best " + Scope.SEARCH_LIMIT + " matches of a search (Lucene syntax).")
  String query;

  @Option(names = "--topic", paramLabel = "NAME", description = "The articles a topic matched.")
  String topic;

  Scope scope() {
    if (topic != null) return Scope.topic(topic);
    if (story != null) return Scope.story(story);
    if (entity != null) return Scope.entity(entity);
    return Scope.search(query);
  }

  /** The chosen articles, with a title and a description of the scope. */
  Scope.Docs choose(Situations x) {
    try {
      return x.docs(scope());
    } catch (NotFound e) {
      throw new UserError(
          "no " + e.what() + (e.what().equals("topic") ? " named " : " with id ") + e.id());
    } catch (BadQueryException ex) {
      throw new UserError(ex.getMessage());
    }
  }
}
