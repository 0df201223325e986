package org.sitrep.server;

/**
 * One parameter of a route, as the OpenAPI document describes it and {@link Params} checks it:
 * {@code in} is "query" or "path"; {@code type} is "string", "integer" or "date" (ISO yyyy-mm-dd);
 * integers are checked against {@code min} and {@code max}.
 */
public record Param(
    String name, String in, String type, boolean required, String description, long min, long max) {
  public static Param path(String name, String description) {
    return new Param(name, "path", "string", true, description, 0, 0);
  }

  public static Param text(String name, String description) {
    return new Param(name, "query", "string", false, description, 0, 0);
  }

  public static Param integer(String name, String description, long min, long max) {
    return new Param(name, "query", "integer", false, description, min, max);
  }

  public static Param date(String name, String description) {
    return new Param(name, "query", "date", false, description, 0, 0);
  }
}
