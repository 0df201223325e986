package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.annotate.Pipelines;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.store.Store;

/**
 * One real server for all server tests in a JVM: a store in a temp directory holding 40 generated
 * articles, then the five sample articles posted to it as plain text (annotated by the standard
 * pipeline, then the whole store resolved by the ingest), on a free loopback port. Shared because
 * the language models take seconds and gigabytes to load.
 */
final class ServerFixture {
  static final long MAX_BODY = 1_000_000;

  /** The samples with the outlets and dates the tests give them. */
  static final List<String[]> SAMPLES = org.sitrep.testing.Examples.DATED;

  static final int SYNTHETIC = 40;

  /** Generated articles copied under another outlet (a wire copy with a line added). */
  static final int COPIES = 3;

  /** Each copy's id and the id of the article it copies. */
  final java.util.Map<String, String> copies = new java.util.LinkedHashMap<>();

  private static ServerFixture shared;

  final Path dir;
  final Store store;
  final SitrepServer server;
  final String base;
  final HttpClient http = HttpClient.newHttpClient();

  /** A read-write token, created as a user would before posting. */
  final String token;

  private ServerFixture() throws IOException {
    dir = Files.createTempDirectory("sitrep-server-test");
    store = Store.open(dir);
    try (org.sitrep.store.Tokens t = org.sitrep.store.Tokens.open(dir)) {
      token = t.create("tests", false);
    }
    server =
        SitrepServer.start(
            store, new SitrepServer.Config("127.0.0.1", 0, MAX_BODY), Pipelines::byLanguage);
    base = "http://127.0.0.1:" + server.port();
    Path examples = Path.of("examples");
    // Generated articles with hand-built layers: figures, quotes and places the pipeline's stages
    // do not find yet.
    var corpus = new SyntheticCorpus(7, SyntheticCorpus.fillerFrom(examples));
    List<org.sitrep.model.Annotated> generated = new java.util.ArrayList<>();
    for (int i = 0; i < SYNTHETIC; i++) generated.add(corpus.article(i));
    for (int i = 0; i < COPIES; i++) {
      var d = generated.get(1 + i * 5).document();
      generated.add(
          generated
              .get(1 + i * 5)
              .withDocument(
                  new org.sitrep.model.Document(
                      null,
                      List.of(
                          new org.sitrep.model.Source(
                              "test", "https://copy.example/" + i, null, -1)),
                      "Copy Desk",
                      d.label(),
                      d.title(),
                      d.published(),
                      d.language(),
                      d.headings(),
                      d.body() + "\n\n(Distributed by Copy Desk.)")));
    }
    var stored = store.putAll(generated);
    for (int i = 0; i < COPIES; i++)
      copies.put(stored.get(SYNTHETIC + i).id(), stored.get(1 + i * 5).id());
    for (String[] s : SAMPLES) {
      String text = Files.readString(examples.resolve(s[0]));
      var r =
          post(
              "/api/documents?outlet="
                  + enc(s[1])
                  + "&published="
                  + s[2]
                  + "&url="
                  + enc("file:examples/" + s[0]),
              "text/plain; charset=utf-8",
              text);
      if (r.statusCode() != 201)
        throw new IllegalStateException("ingest of " + s[0] + " failed: " + r.body());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  static synchronized ServerFixture get() {
    if (shared == null) {
      try {
        shared = new ServerFixture();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  HttpResponse<String> post(String path, String type, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", type)
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  HttpResponse<String> send(HttpRequest r) {
    try {
      return http.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void close() {
    server.close();
    store.close();
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is harmless
    }
  }
}
