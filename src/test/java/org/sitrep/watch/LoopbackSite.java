package org.sitrep.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback for watch tests: pages made from the example articles, feeds and
 * sitemaps linking to them, and handlers that misbehave on purpose. Counts the requests per path.
 */
final class LoopbackSite implements AutoCloseable {
  interface Handler {
    void handle(HttpExchange ex) throws IOException;
  }

  /** One example article: its label, title and paragraphs. */
  record Article(String title, List<String> paragraphs) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final List<String> userAgents = new CopyOnWriteArrayList<>();
  final List<String> log = new CopyOnWriteArrayList<>();

  LoopbackSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getRawPath();
          String withQuery =
              path
                  + (ex.getRequestURI().getRawQuery() == null
                      ? ""
                      : "?" + ex.getRequestURI().getRawQuery());
          hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
          userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
          log.add(withQuery);
          Handler h = routes.get(path);
          try {
            if (h == null) send(ex, 404, "text/plain", "not here");
            else h.handle(ex);
          } catch (IOException e) {
            // the client went away: nothing to do
          } finally {
            ex.close();
          }
        });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void on(String path, Handler h) {
    routes.put(path, h);
  }

  void serve(String path, String type, String body) {
    on(path, ex -> send(ex, 200, type, body));
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) ex.getResponseHeaders().set("Content-Type", type);
    if (status == 304 || status == 204) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }

  /** The example articles shipped in examples/ (the samples). */
  static List<Article> examples() {
    List<Article> out = new ArrayList<>();
    try (var files = Files.list(Path.of("examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(p)) if (!l.isBlank()) lines.add(l.strip());
        // A topic label or a date marker line comes first in some; a title line in some.
        while (!lines.get(0).contains(" ") || lines.get(0).startsWith("date ")) lines.remove(0);
        String first = lines.get(0);
        boolean titled = first.split(" ").length < 20 && !first.endsWith(".");
        String title = titled ? first : String.join(" ", List.of(first.split(" ")).subList(0, 8));
        out.add(new Article(title, lines.subList(titled ? 1 : 0, lines.size())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** An article page, with a rel=canonical when {@code canonical} is not null. */
  static String page(Article a, String canonical) {
    StringBuilder sb =
        new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
    sb.append(esc(a.title())).append("</title>");
    if (canonical != null)
      sb.append("<link rel=\"canonical\" href=\"").append(esc(canonical)).append("\">");
    sb.append("</head><body><header><nav><a href=\"/\">Home</a></nav></header><article><h1>")
        .append(esc(a.title()))
        .append("</h1>");
    for (String p : a.paragraphs()) sb.append("<p>").append(esc(p)).append("</p>");
    sb.append("</article><footer>Example News</footer></body></html>");
    return sb.toString();
  }

  /** An RSS 2.0 feed; each item is {title, link} (a null link is left out). */
  static String rss(List<String[]> items) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Example News</title>"
                + "<link>http://example.org/</link><description>d</description>");
    for (String[] i : items) {
      sb.append("<item><title>").append(esc(i[0])).append("</title>");
      if (i[1] != null) sb.append("<link>").append(esc(i[1])).append("</link>");
      sb.append("<description>").append(esc(i[0])).append("</description></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
