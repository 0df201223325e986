package org.sitrep.query;

/**
 * Asked for a story, entity, fact series or document that the store does not hold. {@code
 * parameter} names the scope parameter the id came in (story, entity) when it narrowed a question,
 * or is null when the id named the thing asked for.
 */
public final class NotFound extends RuntimeException {
  private final String what;
  private final String id;
  private final String parameter;

  NotFound(String what, String id, String parameter) {
    super("no " + what + " with id '" + id + "'");
    this.what = what;
    this.id = id;
    this.parameter = parameter;
  }

  public String what() {
    return what;
  }

  public String id() {
    return id;
  }

  public String parameter() {
    return parameter;
  }
}
