package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.json.Json;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.query.NotFound;
import org.sitrep.query.Situations;
import org.sitrep.server.web.Html;
import org.sitrep.store.BadQueryException;
import org.sitrep.store.Store;
import org.sitrep.store.Tokens;

/**
 * The HTTP server over one open store: registers every route of the table, serves the browser code
 * from the jar, and sends headers that keep article text inert in the browser (a
 * Content-Security-Policy that allows scripts from this server only, never inline).
 */
public final class SitrepServer implements AutoCloseable {
  /** Where to listen and how large a request body may be. */
  public record Config(String host, int port, long maxBodyBytes, Set<String> allowedOrigins) {
    public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;

    public Config {
      if (port < 0 || port > 65_535)
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be >= 1");
      allowedOrigins = Set.copyOf(allowedOrigins);
    }

    public Config(String host, int port, long maxBodyBytes) {
      this(host, port, maxBodyBytes, Set.of());
    }

    public static Config loopback(int port) {
      return new Config("127.0.0.1", port, DEFAULT_MAX_BODY);
    }
  }

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final List<Route> routes;
  private final Tokens tokens;
  private final Ingest ingest;
  private final Situations situations;
  private final String host;

  private SitrepServer(
      Javalin app,
      List<Route> routes,
      Tokens tokens,
      Ingest ingest,
      Situations situations,
      String host) {
    this.app = app;
    this.host = host;
    this.routes = routes;
    this.tokens = tokens;
    this.ingest = ingest;
    this.situations = situations;
  }

  /**
   * Loads the annotation models and runs sample articles through them, then through storing,
   * resolution and the picture's update in a scratch store of their own, and asks the served store
   * a search and a story's timeline, directly and over HTTP: the first POST and the first requests
   * find everything loaded and cost what later ones do. Nothing is added to the served store; a
   * POST that arrives meanwhile waits for the models.
   */
  public void warmUp() {
    List<org.sitrep.model.Annotated> samples = ingest.warmUp();
    WarmUp.rehearse(samples);
    WarmUp.read(situations);
    WarmUp.request(host, port());
    // What the start left behind (the picture's rebuilt items, the models' loading) is collected
    // now: otherwise a full collection of it lands in the middle of the first requests.
    System.gc();
  }

  /**
   * Starts a server; port 0 picks a free one (see {@link #port()}). Annotation models load on the
   * first ingest, or at {@link #warmUp()}.
   */
  public static SitrepServer start(Store store, Config c, Supplier<LanguagePipelines> pipelines) {
    Situations x = new Situations(store);
    x.refresh();
    // each POST's resolution run is applied to the picture in memory: only what it changed is read
    Ingest ingest = new Ingest(store, pipelines, x::apply);
    ApiRoutes api = new ApiRoutes(x, ingest, c.maxBodyBytes());
    List<Route> routes = new ArrayList<>(api.routes());
    routes.addAll(new PageRoutes(x, api).routes());
    routes.addAll(new TopicRoutes(x, store).routes());
    routes.add(
        Route.get("/openapi.json", "This API described as OpenAPI 3", ApiRoutes.JSON, ctx -> {}));
    routes.add(
        Route.get(
            "/api", "Page: the API's routes, parameters and answers", PageRoutes.HTML, ctx -> {}));
    List<Route> table = List.copyOf(routes);
    String openapi = OpenApi.of(table).toString();
    String apiPage = ApiPage.render(table);

    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.http.maxRequestSize = c.maxBodyBytes();
              cfg.staticFiles.enableWebjars();
              cfg.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/static";
                    sf.directory = "/org/sitrep/server/static";
                    sf.location = Location.CLASSPATH;
                    sf.headers =
                        Map.of("X-Content-Type-Options", "nosniff", "Content-Security-Policy", CSP);
                  });
              cfg.validation.register(LocalDate.class, LocalDate::parse);
            });
    Tokens tokens = Tokens.open(store.dataDir());
    Guard guard = new Guard(tokens, c.host(), c.allowedOrigins());
    app.before(
        ctx -> {
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("X-Frame-Options", "DENY");
          String origin = ctx.header("Origin");
          if (origin != null && c.allowedOrigins().contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Vary", "Origin");
          }
          guard.check(ctx);
        });
    for (Route r : table) {
      var h =
          switch (r.path()) {
            case "/openapi.json" ->
                (io.javalin.http.Handler) ctx -> ctx.contentType(ApiRoutes.JSON).result(openapi);
            case "/api" -> (io.javalin.http.Handler) ctx -> PageRoutes.html(ctx, apiPage);
            default -> r.handler();
          };
      app.addHttpHandler(HandlerType.valueOf(r.method()), r.path(), h);
    }
    app.exception(ApiError.class, (e, ctx) -> fail(ctx, e));
    app.exception(NotFound.class, (e, ctx) -> fail(ctx, ApiRoutes.error(e)));
    app.exception(ValidationException.class, (e, ctx) -> fail(ctx, Params.fromValidation(e)));
    app.exception(
        BadQueryException.class, (e, ctx) -> fail(ctx, new ApiError(400, e.getMessage(), "q")));
    app.exception(
        IllegalArgumentException.class,
        (e, ctx) -> fail(ctx, new ApiError(400, e.getMessage(), null)));
    app.exception(
        Exception.class, (e, ctx) -> fail(ctx, new ApiError(500, "internal error: " + e, null)));
    app.error(
        404,
        ctx -> {
          if (ctx.attribute("sitrep.failed") == null)
            fail(ctx, new ApiError(404, "no such page: " + ctx.path(), null));
        });
    app.error(
        413,
        ctx -> {
          if (ctx.attribute("sitrep.failed") == null)
            fail(ctx, new ApiError(413, "request body too large", null));
        });
    try {
      app.start(c.host(), c.port());
    } catch (RuntimeException e) {
      tokens.close();
      throw e;
    }
    return new SitrepServer(app, table, tokens, ingest, x, c.host());
  }

  private static void fail(Context ctx, ApiError e) {
    ctx.attribute("sitrep.failed", true);
    ctx.status(e.status());
    boolean api =
        ctx.path().startsWith("/api/")
            || ctx.path().equals("/openapi.json")
            || !java.util.Objects.requireNonNullElse(ctx.header("Accept"), "")
                .contains("text/html");
    if (api) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", e.status());
      body.put("error", e.getMessage());
      if (e.parameter() != null) body.put("parameter", e.parameter());
      ctx.contentType(ApiRoutes.JSON).result(Json.write(body));
    } else {
      PageRoutes.html(ctx, ApiPage.error(e.status(), e.getMessage()));
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Every route the server registered, as the OpenAPI document lists them. */
  public List<Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    app.stop();
    ingest.close();
    tokens.close();
  }

  /** Whether the server listens on loopback only, where reads need no token. */
  public static boolean loopbackOnly(String host) {
    return Guard.isLoopback(host);
  }

  static String esc(String s) {
    return Html.esc(s);
  }
}
