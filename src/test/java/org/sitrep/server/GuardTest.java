package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.Store;
import org.sitrep.store.Tokens;

/**
 * Who may write and read: a real server on loopback with a store of its own and a pipeline of no
 * stages (what is checked here happens before any annotation).
 */
class GuardTest {
  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest r) throws Exception {
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder post(String base, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/api/documents?published=2024-01-02"))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "Harbour reopens\n\nThe harbour reopened on Friday, officials said.\n",
                    StandardCharsets.UTF_8));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return b;
  }

  @Test
  void writesNeedAReadWriteTokenAndForeignOriginsAreRefused() throws Exception {
    String rw, ro;
    try (Tokens t = Tokens.open(dir)) {
      rw = t.create("writer", false);
      ro = t.create("reader", true);
    }
    try (Store store = Store.open(dir);
        SitrepServer server =
            SitrepServer.start(
                store,
                SitrepServer.Config.loopback(0),
                () -> LanguagePipelines.builder("en", Pipeline.builder().build()).build())) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> none = send(post(base, null).build());
      assertEquals(401, none.statusCode(), none.body());
      assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
      assertEquals(401, send(post(base, "sitrep_forged").build()).statusCode());
      assertEquals(403, send(post(base, ro).build()).statusCode());
      HttpResponse<String> evil =
          send(post(base, rw).header("Origin", "http://evil.example").build());
      assertEquals(403, evil.statusCode(), evil.body());
      assertTrue(evil.body().contains("cross-origin"), evil.body());
      assertEquals(0, store.count(), "a refused request stores nothing");

      HttpResponse<String> ok = send(post(base, rw).header("Origin", base).build());
      assertEquals(201, ok.statusCode(), ok.body());
      assertEquals(1, store.count());

      // Reads on loopback need no token, and the same-site page works as before.
      assertEquals(
          200,
          send(HttpRequest.newBuilder(URI.create(base + "/api/documents")).build()).statusCode());

      // A revoked token is refused at the next request, while the server runs.
      try (Tokens t = Tokens.open(dir)) {
        assertTrue(t.revoke("writer"));
      }
      assertEquals(401, send(post(base, rw).build()).statusCode());
    }
  }

  @Test
  void aForeignHostHeaderIsRefusedOnLoopback() throws Exception {
    try (Store store = Store.open(dir);
        SitrepServer server =
            SitrepServer.start(
                store,
                SitrepServer.Config.loopback(0),
                () -> LanguagePipelines.builder("en", Pipeline.builder().build()).build())) {
      // The JDK client will not send a Host header of our choosing, so write the request by hand.
      try (Socket sock = new Socket("127.0.0.1", server.port())) {
        sock.getOutputStream()
            .write(
                ("GET /api/documents HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        String answer = new String(sock.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertTrue(answer.contains("loopback names only"), answer);
      }
    }
  }

  @Test
  void beyondLoopbackReadsNeedATokenToo() throws Exception {
    String ro;
    try (Tokens t = Tokens.open(dir)) {
      ro = t.create("reader", true);
    }
    try (Store store = Store.open(dir);
        SitrepServer server =
            SitrepServer.start(
                store,
                new SitrepServer.Config("0.0.0.0", 0, 1_000_000, Set.of()),
                () -> LanguagePipelines.builder("en", Pipeline.builder().build()).build())) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> anon =
          send(HttpRequest.newBuilder(URI.create(base + "/api/documents")).build());
      assertEquals(401, anon.statusCode(), anon.body());
      HttpResponse<String> page =
          send(
              HttpRequest.newBuilder(URI.create(base + "/")).header("Accept", "text/html").build());
      assertEquals(401, page.statusCode());
      assertTrue(page.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
      assertEquals(
          200,
          send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                  .header("Authorization", "Bearer " + ro)
                  .build())
              .statusCode());
      String basic =
          Base64.getEncoder().encodeToString(("me:" + ro).getBytes(StandardCharsets.UTF_8));
      assertEquals(
          200,
          send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                  .header("Authorization", "Basic " + basic)
                  .build())
              .statusCode());
    }
  }

  @Test
  void openApiDeclaresTheSchemes() throws Exception {
    try (Store store = Store.open(dir);
        SitrepServer server =
            SitrepServer.start(
                store,
                SitrepServer.Config.loopback(0),
                () -> LanguagePipelines.builder("en", Pipeline.builder().build()).build())) {
      String doc =
          send(HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.port() + "/openapi.json"))
                  .build())
              .body();
      var json = org.sitrep.json.Json.MAPPER.readTree(doc);
      assertEquals("bearer", json.at("/components/securitySchemes/bearer/scheme").asText(), doc);
      assertTrue(json.at("/paths/~1api~1documents/post/security").toString().contains("bearer"));
      assertTrue(json.at("/paths/~1api~1documents/post/responses/401").isObject());
    }
  }
}
