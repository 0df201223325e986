package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.query.Scope;
import org.sitrep.query.Situations;
import org.sitrep.resolve.StoryView;
import org.sitrep.store.Ingested;
import org.sitrep.store.Page;
import org.sitrep.store.Resolution;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.Store;

/**
 * Start-up work that leaves nothing for the first POST and the first reads to load: the code that
 * stores, resolves and brings the picture up to date runs once over sample articles in a scratch
 * store of its own (a temporary directory, removed after), and the served store answers one search
 * and one story's timeline. Nothing is written to the served store.
 */
final class WarmUp {
  private WarmUp() {}

  /**
   * Stores the annotated samples one at a time in a scratch store, resolving each and applying the
   * run's changes to a picture kept in memory, as a POST does, then reads the scratch picture back.
   */
  static void rehearse(List<Annotated> samples) {
    Path dir;
    try {
      dir = Files.createTempDirectory("sitrep-warm-up");
    } catch (IOException e) {
      return; // no temporary directory: the first POST loads what the rehearsal would have
    }
    try {
      try (Store s = Store.open(dir)) {
        Situations x = new Situations(s);
        x.refresh();
        for (Annotated a : samples) {
          List<Ingested> stored = s.putAll(List.of(a));
          Resolution r = s.resolvePending();
          x.apply(r.changed());
          Json.write(
              new Ingest.Result(stored, List.of(), (int) r.stories(), (int) r.entities(), "added"));
        }
        s.commitIndex();
        read(x);
        pages(x);
      }
    } finally {
      delete(dir);
    }
  }

  /** Asks what the first requests ask: a search, one narrowed to a story, their timelines. */
  static void read(Situations x) {
    String word = "minister";
    Json.write(x.search(new SearchQuery(word, null, Page.first(10)), null, null));
    Json.write(x.timeline(Scope.search(word), Situations.TIMELINE_ITEMS));
    StoryView story = x.snapshot().stories().values().stream().findFirst().orElse(null);
    if (story != null) {
      Json.write(x.search(new SearchQuery(word, null, Page.first(10)), story.id(), null));
      Json.write(x.timeline(Scope.story(story.id()), Situations.TIMELINE_ITEMS));
    }
  }

  /**
   * Renders each kind of page once over the scratch picture (home, story, series, entity, map,
   * report): a page's first build after the start then runs code already loaded and run, and spends
   * its time on its own story.
   */
  static void pages(Situations x) {
    org.sitrep.server.web.StoryPages.home(x);
    for (StoryView story : x.snapshot().stories().values()) {
      org.sitrep.server.web.StoryPages.story(x, story);
      org.sitrep.server.web.MapPage.render(x, story.title(), x.places(story.docs()));
      org.sitrep.server.web.ReportPage.render(x.brief(Scope.story(story.id())), "");
    }
    x.snapshot().series().entrySet().stream()
        .findFirst()
        .ifPresent(e -> org.sitrep.server.web.SeriesPages.series(e.getKey(), e.getValue()));
    x.snapshot().entities().values().stream()
        .findFirst()
        .ifPresent(e -> org.sitrep.server.web.EntityPages.entity(x, x.detail(e)));
  }

  /**
   * Sends the server two reads over HTTP (answered, or refused for want of a token): the web
   * server's own code loads before a client's first request.
   */
  static void request(String host, int port) {
    String h =
        host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::")
            ? "127.0.0.1"
            : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    for (String path : List.of("/api/search?q=minister", "/api/timeline?q=minister&limit=50")) {
      try {
        var http =
            (java.net.HttpURLConnection)
                java.net.URI.create("http://" + h + ":" + port + path).toURL().openConnection();
        http.setConnectTimeout(5_000);
        http.setReadTimeout(60_000);
        int status = http.getResponseCode();
        try (var in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
          if (in != null) in.readAllBytes();
        }
        http.disconnect();
      } catch (IOException | IllegalArgumentException e) {
        return; // not reachable from here: the first client's request loads it instead
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      // a scratch file left in the temporary directory does no harm
    }
  }
}
