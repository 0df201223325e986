package org.sitrep.server;

/**
 * A request the server refuses, with the HTTP status, a message for the caller and, for a bad
 * parameter, its name. Pages show it as an error page, the API as {@code {"status", "error",
 * "parameter"?}}.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String parameter;

  public ApiError(int status, String message, String parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }

  public static ApiError badParameter(String name, String why) {
    return new ApiError(400, "parameter '" + name + "': " + why, name);
  }

  public static ApiError notFound(String what, String id) {
    return new ApiError(404, "no " + what + " with id '" + id + "'", null);
  }

  public int status() {
    return status;
  }

  public String parameter() {
    return parameter;
  }
}
