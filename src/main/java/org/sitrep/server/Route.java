package org.sitrep.server;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One entry of the route table: what the server registers and the OpenAPI document describes, from
 * the same value. {@code path} uses OpenAPI's {@code {name}} form, which Javalin reads the same
 * way; {@code produces} is the media type of a successful answer; {@code consumes} the accepted
 * body types (empty when the route takes no body).
 */
public record Route(
    String method,
    String path,
    String summary,
    List<Param> params,
    String produces,
    List<String> consumes,
    Handler handler) {
  public Route {
    params = List.copyOf(params);
    consumes = List.copyOf(consumes);
  }

  public static Route get(
      String path, String summary, String produces, Handler h, Param... params) {
    return new Route("GET", path, summary, List.of(params), produces, List.of(), h);
  }
}
