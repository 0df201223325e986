package org.sitrep.query;

/**
 * What a timeline, a map or a report covers: one story's articles, the articles that name one
 * entity, the best {@link #SEARCH_LIMIT} matches of a search, or the articles a topic matched.
 */
public record Scope(Kind kind, String value) {
  /**
   * How many of a search's best matches a search scope covers, in the CLI and the server alike.
   * Kept at most {@link Situations#TIMELINE_DOCS} and {@link BriefBuilder#MAX_ARTICLES}, so a
   * search's timeline and report read every article of the scope; and small enough that a timeline
   * on a query stays within the server's latency budget.
   */
  public static final int SEARCH_LIMIT = 50;

  /** The kinds of scope, each named as the CLI option and the API parameter that chooses it. */
  public enum Kind {
    STORY("story"),
    ENTITY("entity"),
    SEARCH("q"),
    TOPIC("topic");

    private final String parameter;

    Kind(String parameter) {
      this.parameter = parameter;
    }

    /** The API parameter that names a scope of this kind. */
    public String parameter() {
      return parameter;
    }
  }

  public Scope {
    if (kind == null || value == null) throw new IllegalArgumentException("scope needs a value");
  }

  public static Scope story(String id) {
    return new Scope(Kind.STORY, id);
  }

  public static Scope entity(String id) {
    return new Scope(Kind.ENTITY, id);
  }

  public static Scope search(String q) {
    return new Scope(Kind.SEARCH, q);
  }

  public static Scope topic(String name) {
    return new Scope(Kind.TOPIC, name);
  }

  /**
   * A scope's articles with what a report says of them: a story's and an entity's in reading order
   * (oldest first, undated last, as resolution read them), a search's best match first. {@code
   * title} heads a report, {@code description} says what the scope is ("Story s12", "Entity e3
   * (person)", "Search \"brigade\""), {@code reports} is the number of distinct reports when known
   * (a story), {@code entityName} the entity's name for an entity scope.
   */
  public record Docs(
      Scope scope,
      java.util.List<String> ids,
      String title,
      String description,
      Integer reports,
      String entityName) {}
}
