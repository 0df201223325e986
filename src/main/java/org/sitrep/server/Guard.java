package org.sitrep.server;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.store.Tokens;

/**
 * Who may do what, checked before every request. Writes (any method but GET, HEAD and OPTIONS) need
 * a read-write token, on loopback too; reads need a token when the server is bound beyond loopback.
 * A request whose {@code Origin} is another site's is refused for writes (a page the user has open
 * elsewhere must not post into the store, and a {@code text/plain} POST needs no preflight), and on
 * loopback a {@code Host} that is not a loopback name is refused (DNS rebinding). A token comes as
 * {@code Authorization: Bearer TOKEN}, or as the password of Basic authentication, which is what a
 * browser can send for pages.
 */
final class Guard {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> LOOPBACK_NAMES =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final Tokens tokens;
  private final boolean loopback;
  private final Set<String> allowedOrigins;

  Guard(Tokens tokens, String boundHost, Set<String> allowedOrigins) {
    this.tokens = tokens;
    this.loopback = isLoopback(boundHost);
    this.allowedOrigins = Set.copyOf(allowedOrigins);
  }

  boolean loopback() {
    return loopback;
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return LOOPBACK_NAMES.contains(h) || h.startsWith("127.");
  }

  void check(Context ctx) {
    String method = ctx.method().name();
    boolean write = !SAFE.contains(method);
    if (loopback) {
      String host = hostName(ctx.header("Host"));
      if (host == null || !isLoopback(host))
        throw new ApiError(
            403,
            "Host '" + ctx.header("Host") + "' refused: this server answers to loopback names only",
            null);
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals(ownOrigin(ctx)) && !allowedOrigins.contains(origin)) {
      if (write) throw new ApiError(403, "cross-origin request from " + origin + " refused", null);
    }
    if (write && "cross-site".equals(ctx.header("Sec-Fetch-Site")) && origin == null)
      throw new ApiError(403, "cross-site request refused", null);
    if (!write && loopback) return;
    Optional<Tokens.Access> access = tokens.check(presented(ctx));
    if (access.isEmpty()) {
      boolean page =
          !ctx.path().startsWith("/api/")
              && String.valueOf(ctx.header("Accept")).contains("text/html");
      ctx.header(
          "WWW-Authenticate",
          page ? "Basic realm=\"sitrep\", charset=\"UTF-8\"" : "Bearer realm=\"sitrep\"");
      throw new ApiError(
          401,
          (write ? "writing" : "reading this server")
              + " needs a token: 'Authorization: Bearer TOKEN' (see 'sitrep token create')",
          null);
    }
    if (write && access.get().readOnly())
      throw new ApiError(403, "token '" + access.get().name() + "' may only read", null);
  }

  /** The origin a browser sends for this server's own pages: the scheme and the Host header. */
  private static String ownOrigin(Context ctx) {
    return ctx.scheme() + "://" + ctx.header("Host");
  }

  /** The host part of a Host header ("127.0.0.1:8080", "[::1]:80"), or null when malformed. */
  static String hostName(String header) {
    if (header == null || header.isBlank()) return null;
    try {
      URI u = new URI("http://" + header.strip() + "/");
      String h = u.getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** The token in the request: a Bearer token, or a Basic password. */
  static String presented(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth == null) return null;
    auth = auth.strip();
    if (auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).strip();
    if (auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair =
            new String(
                Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon < 0 ? null : pair.substring(colon + 1);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }
}
