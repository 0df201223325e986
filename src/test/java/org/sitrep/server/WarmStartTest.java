package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.Pipelines;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.model.Annotated;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.Store;
import org.sitrep.store.Tokens;

/**
 * After the server's warm-up, the first POST finds everything it uses loaded: it loads hardly any
 * class, where one that met the store, resolution and response code for the first time would load
 * hundreds. A POST does not wait for the search index's commit, which follows on its own, so a
 * reader in another process finds the article shortly after without the server stopping.
 */
class WarmStartTest {
  @TempDir Path dir;

  @Test
  void theFirstPostLoadsNothingNewAndItsIndexCommitFollows() throws Exception {
    Path data = dir.resolve("data");
    try (Store store = Store.open(data)) {
      var corpus = new SyntheticCorpus(3, SyntheticCorpus.fillerFrom(Path.of("examples")));
      List<Annotated> docs = new ArrayList<>();
      for (int i = 0; i < 20; i++) docs.add(corpus.article(i));
      store.putAll(docs);
      store.commitIndex();
      store.resolvePending();
      String token;
      try (Tokens t = Tokens.open(data)) {
        token = t.create(null, false);
      }
      try (SitrepServer server =
          SitrepServer.start(store, SitrepServer.Config.loopback(0), Pipelines::byLanguage)) {
        server.warmUp();
        String base = "http://127.0.0.1:" + server.port();
        // the client's own classes: a read and a refused write (no token) load them first
        assertEquals(200, send(base + "/api/stories", null, null));
        assertEquals(401, send(base + "/api/documents", "text/plain", null));

        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        String text = corpus.article(100).body();
        long before = classes.getTotalLoadedClassCount();
        assertEquals(201, post(base, token, text + "\n\nFiled first.", "2026-01-02"));
        long first = classes.getTotalLoadedClassCount() - before;
        assertTrue(first < 60, "the first POST loaded " + first + " classes");

        // the server answers from the index's writer at once; readers elsewhere get the commit
        String word = "zqxwarmstartmarker";
        String other = corpus.article(101).body();
        assertEquals(201, post(base, token, other + "\n\nFiled with " + word + ".", "2026-01-03"));
        try (Store reader = Store.openReader(data)) {
          long deadline = System.nanoTime() + 30_000_000_000L;
          long found = 0;
          while (found == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            reader.refresh();
            found = reader.search(SearchQuery.of(word)).total();
          }
          assertEquals(1, found, "a reader beside the server finds the posted article");
        }
      }
    }
  }

  private static int post(String base, String token, String body, String date) throws Exception {
    return send(
        base + "/api/documents?published=" + date + "&outlet=Test+Wire",
        "text/plain; charset=utf-8",
        token,
        body);
  }

  private static int send(String url, String type, String token) throws Exception {
    return send(url, type, token, type == null ? null : "x");
  }

  private static int send(String url, String type, String token, String body) throws Exception {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    if (token != null) c.setRequestProperty("Authorization", "Bearer " + token);
    if (body != null) {
      c.setRequestMethod("POST");
      c.setRequestProperty("Content-Type", type);
      c.setDoOutput(true);
      try (var out = c.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = c.getResponseCode();
    try (var in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      if (in != null) in.readAllBytes();
    }
    c.disconnect();
    return status;
  }
}
