package org.sitrep.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fetches one URL at a time per host, politely and safely, with the JDK's HttpClient: robots.txt
 * (RFC 9309, through crawler-commons, cached per host) is honoured, each request names Sitrep and a
 * contact, a conditional GET sends the validators it is given, one host is asked at most once per
 * {@link FetchPolicy#hostDelay()} (or its robots.txt Crawl-delay) and never twice at once, and at
 * most {@link FetchPolicy#concurrency()} requests are in flight. Redirects are followed by hand so
 * each hop's URL and address are checked again; bodies over the cap, answers that take too long and
 * content that is not a page, a feed or a sitemap are refused. A 429 or 5xx with Retry-After holds
 * the whole host back for that long. Safe to share between threads.
 */
public final class Fetcher implements AutoCloseable {
  /** The validators of a conditional GET; both may be null. */
  public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
  }

  /** A 200 with its body, or a 304 (body null). {@code url} is the last hop's URL. */
  public record Response(
      String url, int status, String contentType, String etag, String lastModified, byte[] body) {
    public boolean notModified() {
      return status == 304;
    }

    /** The charset the Content-Type names, or null. */
    public String charset() {
      if (contentType == null) return null;
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)")
              .matcher(contentType);
      return m.find() ? m.group(1) : null;
    }
  }

  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,"
          + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

  /** How long robots.txt rules are kept before they are fetched again. */
  private static final Duration ROBOTS_TTL = Duration.ofHours(1);

  /** How long a robots.txt that could not be fetched blocks its host before it is tried again. */
  private static final Duration ROBOTS_RETRY = Duration.ofMinutes(5);

  private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(6);

  private final FetchPolicy policy;
  private final HttpClient client;
  private final Semaphore inFlight;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();
  private final Resolver resolver;
  private final java.util.function.Function<InetAddress, String> notPublic;

  /** Where each request in flight connects: the address its host was checked at. */
  private final PinnedRoutes routes;

  /** Name resolution, replaceable so that address checks can be tested without DNS. */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  public Fetcher(FetchPolicy policy) {
    this(policy, InetAddress::getAllByName);
  }

  Fetcher(FetchPolicy policy, Resolver resolver) {
    this(policy, resolver, Addresses::notPublic);
  }

  /**
   * @param notPublic why an address may not be fetched without --allow-private, or null
   *     (replaceable so that a test on loopback can play a public address)
   */
  Fetcher(
      FetchPolicy policy,
      Resolver resolver,
      java.util.function.Function<InetAddress, String> notPublic) {
    this.policy = policy;
    this.routes = new PinnedRoutes((int) Math.min(Integer.MAX_VALUE, policy.timeout().toMillis()));
    this.resolver = resolver;
    this.notPublic = notPublic;
    this.inFlight = new Semaphore(Math.max(1, policy.concurrency()), true);
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(policy.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(routes)
            .build();
  }

  /** A pinned request's key: scheme, host and port (the default port when none is given). */
  static String pinKey(URI uri) {
    return PinnedRoutes.key(uri);
  }

  public FetchPolicy policy() {
    return policy;
  }

  /**
   * Fetches {@code url} (already canonical) with robots.txt honoured.
   *
   * @throws FetchException for anything but a 200 or a 304
   */
  public Response fetch(String url, Validators validators) throws FetchException {
    return follow(url, validators, true);
  }

  /** Whether robots.txt lets Sitrep fetch the URL (fetching robots.txt when not cached). */
  public boolean allowed(String url) throws FetchException {
    URI u = URI.create(url);
    Host h = host(u);
    return h.rules(this, u).isAllowed(url);
  }

  private Response follow(String url, Validators validators, boolean robots) throws FetchException {
    Set<String> seen = new HashSet<>();
    String current = url;
    for (int hop = 0; ; hop++) {
      if (!seen.add(current))
        throw new FetchException(FetchException.Kind.REDIRECTS, "redirect loop");
      URI uri = URI.create(current);
      InetAddress pinned = checkAddress(uri);
      Host h = host(uri);
      if (robots) {
        BaseRobotRules rules = h.rules(this, uri);
        if (!rules.isAllowed(current))
          throw new FetchException(FetchException.Kind.REFUSED, "disallowed by robots.txt");
      }
      Exchange x = h.send(this, uri, hop == 0 ? validators : Validators.NONE, pinned);
      int s = x.status;
      if (s == 200) return gunzipped(x.toResponse(current));
      if (s == 304)
        return new Response(current, 304, null, x.header("etag"), x.header("last-modified"), null);
      if (s == 301 || s == 302 || s == 303 || s == 307 || s == 308) {
        String location = x.header("location");
        if (location == null)
          throw new FetchException(
              FetchException.Kind.HTTP, s, null, "HTTP " + s + " without a Location");
        if (hop >= policy.maxRedirects())
          throw new FetchException(
              FetchException.Kind.REDIRECTS, "more than " + policy.maxRedirects() + " redirects");
        try {
          current = Urls.canonical(uri, location);
        } catch (Urls.BadUrl e) {
          throw new FetchException(
              FetchException.Kind.REFUSED,
              "redirected to " + Urls.shown(location) + ": " + e.getMessage());
        }
        continue;
      }
      if (s == 429 || s >= 500) {
        Duration wait = retryAfter(x.header("retry-after"));
        if (wait != null) h.holdBack(wait);
        throw new FetchException(
            FetchException.Kind.BUSY,
            s,
            wait,
            "HTTP " + s + (wait == null ? "" : ", retry after " + wait.toSeconds() + " s"));
      }
      throw new FetchException(FetchException.Kind.HTTP, s, null, "HTTP " + s);
    }
  }

  /**
   * A gzipped body (a sitemap.xml.gz, or a server that compresses unasked) decompressed, within the
   * same cap, so that a small compressed body cannot unpack to gigabytes.
   */
  private Response gunzipped(Response r) throws FetchException {
    byte[] b = r.body();
    if (b.length < 2 || (b[0] & 0xFF) != 0x1F || (b[1] & 0xFF) != 0x8B) return r;
    byte[] plain;
    try (java.util.zip.GZIPInputStream in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
      plain = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
    } catch (IOException e) {
      throw new FetchException(
          FetchException.Kind.NETWORK, "corrupt gzip body: " + oneLine(e.getMessage()));
    }
    if (plain.length > policy.maxBytes())
      throw new FetchException(
          FetchException.Kind.TOO_LARGE,
          "body over the cap of " + policy.maxBytes() + " bytes once decompressed");
    return new Response(r.url(), r.status(), r.contentType(), r.etag(), r.lastModified(), plain);
  }

  /**
   * Resolves the host once and refuses it when any of its addresses is not public, unless the
   * policy allows private ones; returns the address the request is to connect to (null when private
   * addresses are allowed: then the client resolves the name itself).
   */
  private InetAddress checkAddress(URI uri) throws FetchException {
    if (policy.allowPrivate()) return null;
    String host = bare(uri.getHost());
    InetAddress[] all;
    try {
      all = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(FetchException.Kind.NETWORK, "unknown host " + host);
    }
    if (all == null || all.length == 0)
      throw new FetchException(FetchException.Kind.NETWORK, "unknown host " + host);
    String why = notPublic(host, all);
    if (why != null) throw new FetchException(FetchException.Kind.REFUSED, why);
    return all[0];
  }

  private static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private String notPublic(String host, InetAddress[] all) {
    for (InetAddress a : all) {
      String why = notPublic.apply(a);
      if (why != null)
        return host
            + " resolves to a "
            + why
            + " address ("
            + a.getHostAddress()
            + "); not fetched without --allow-private";
    }
    return null;
  }

  private Host host(URI uri) {
    return hosts.computeIfAbsent(hostKey(uri), Host::new);
  }

  /** The host a URL's requests take turns on: its scheme, host and port. */
  static String hostKey(URI uri) {
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  /** The host a URL's requests take turns on, or the URL itself when it cannot be read as one. */
  static String hostKey(String url) {
    try {
      return hostKey(URI.create(url));
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * The {@link System#nanoTime()} before which the host (a {@link #hostKey} ) may not be asked
   * again; a host not asked yet is ready at once.
   */
  long readyAt(String hostKey) {
    Host h = hosts.get(hostKey);
    return h == null ? Long.MIN_VALUE : h.nextAt;
  }

  /** One request and its answer: headers, and the body when it is one worth reading. */
  private Exchange exchange(URI uri, Validators v, InetAddress pinned) throws FetchException {
    String pin = pinKey(uri);
    if (pinned != null) {
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
      routes.pin(pin, new InetSocketAddress(pinned, port));
    }
    try {
      return exchange(uri, v);
    } finally {
      if (pinned != null) routes.unpin(pin);
    }
  }

  private Exchange exchange(URI uri, Validators v) throws FetchException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(policy.timeout())
            .header("User-Agent", policy.userAgent())
            .header("Accept", ACCEPT)
            .GET();
    if (uri.getScheme().equals("http")) b.version(HttpClient.Version.HTTP_1_1);
    if (v.etag() != null) b.header("If-None-Match", v.etag());
    if (v.lastModified() != null) b.header("If-Modified-Since", v.lastModified());
    AtomicReference<CappedBody> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> f =
        client.sendAsync(
            b.build(),
            info -> {
              boolean read =
                  info.statusCode() == 200 && acceptable(info.headers().firstValue("content-type"));
              CappedBody c = new CappedBody(read ? policy.maxBytes() : -1);
              body.set(c);
              return c;
            });
    try {
      HttpResponse<byte[]> r = f.get(policy.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
      return new Exchange(r.statusCode(), r.headers(), r.body());
    } catch (TimeoutException e) {
      abort(f, body);
      throw new FetchException(
          FetchException.Kind.TIMEOUT,
          "no whole answer within " + seconds(policy.timeout().multipliedBy(2)));
    } catch (InterruptedException e) {
      abort(f, body);
      Thread.currentThread().interrupt();
      throw new FetchException(FetchException.Kind.NETWORK, "interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      for (Throwable t = c; t != null; t = t.getCause()) {
        if (t instanceof TooLarge || t instanceof HttpTimeoutException) {
          c = t;
          break;
        }
      }
      if (c instanceof TooLarge)
        throw new FetchException(
            FetchException.Kind.TOO_LARGE, "body over the cap of " + policy.maxBytes() + " bytes");
      if (c instanceof HttpTimeoutException)
        throw new FetchException(
            FetchException.Kind.TIMEOUT, "no answer within " + seconds(policy.timeout()));
      if (c instanceof ConnectException)
        throw new FetchException(FetchException.Kind.NETWORK, "connection refused");
      if (c instanceof IOException)
        throw new FetchException(
            FetchException.Kind.NETWORK, "connection failed: " + oneLine(c.getMessage()));
      if (c instanceof IllegalArgumentException)
        throw new FetchException(
            FetchException.Kind.REFUSED, "not a valid request: " + oneLine(c.getMessage()));
      throw new FetchException(FetchException.Kind.NETWORK, "fetch failed: " + c);
    }
  }

  private static void abort(CompletableFuture<?> f, AtomicReference<CappedBody> body) {
    CappedBody c = body.get();
    if (c != null) c.cancel();
    f.cancel(true);
  }

  /** Pages, feeds, sitemaps and text, or no content type at all; not images, video or archives. */
  static boolean acceptable(java.util.Optional<String> contentType) {
    if (contentType.isEmpty()) return true;
    String t = contentType.get().toLowerCase(Locale.ROOT).split(";")[0].strip();
    return t.isEmpty()
        || t.startsWith("text/")
        || t.endsWith("/xml")
        || t.endsWith("+xml")
        || t.endsWith("/json")
        || t.endsWith("+json")
        || t.equals("application/gzip")
        || t.equals("application/x-gzip")
        || t.equals("application/octet-stream");
  }

  /** Seconds (or an HTTP date) of a Retry-After header, capped; null when absent or unreadable. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    Duration d;
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        d = Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException e) {
        d = LONGEST_RETRY_AFTER;
      }
    } else {
      try {
        d =
            Duration.between(
                Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
      } catch (DateTimeParseException e) {
        return null;
      }
      if (d.isNegative()) d = Duration.ZERO;
    }
    return d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  static String oneLine(String s) {
    if (s == null) return "";
    s = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }

  @Override
  public void close() {
    // The JDK 17 client has no close; its threads end when it is no longer referenced.
    routes.close();
  }

  private record Exchange(int status, HttpHeaders headers, byte[] body) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    Response toResponse(String url) throws FetchException {
      String type = header("content-type");
      if (body == null)
        throw new FetchException(
            FetchException.Kind.WRONG_TYPE,
            200,
            null,
            "content type " + oneLine(type) + " is not a page, a feed or a sitemap");
      return new Response(url, 200, type, header("etag"), header("last-modified"), body);
    }
  }

  /** One host's turn-taking, pause and robots.txt rules. */
  private static final class Host {
    private final String origin;
    private final ReentrantLock turn = new ReentrantLock(true);
    private volatile long nextAt; // System.nanoTime() before which the next request may not start
    private volatile BaseRobotRules rules;
    private volatile Instant rulesUntil = Instant.MIN;

    Host(String origin) {
      this.origin = origin;
    }

    Exchange send(Fetcher f, URI uri, Validators v, InetAddress pinned) throws FetchException {
      turn.lock();
      try {
        long wait = nextAt - System.nanoTime();
        if (wait > f.policy.maxHostWait().toNanos())
          throw new FetchException(
              FetchException.Kind.WAITING,
              null,
              Duration.ofNanos(wait),
              "host "
                  + origin
                  + " asked to wait "
                  + Duration.ofNanos(wait).toSeconds()
                  + " s more");
        if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
        f.inFlight.acquire();
        try {
          return f.exchange(uri, v, pinned);
        } finally {
          f.inFlight.release();
          long delay = f.policy.hostDelay().toNanos();
          BaseRobotRules r = rules;
          if (r != null && r.getCrawlDelay() > 0)
            delay = Math.max(delay, Math.min(r.getCrawlDelay(), 60_000) * 1_000_000L);
          nextAt = Math.max(nextAt, System.nanoTime() + delay);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(FetchException.Kind.NETWORK, "interrupted");
      } finally {
        turn.unlock();
      }
    }

    void holdBack(Duration d) {
      turn.lock();
      try {
        nextAt = Math.max(nextAt, System.nanoTime() + d.toNanos());
      } finally {
        turn.unlock();
      }
    }

    /**
     * This host's robots.txt rules: fetched once an hour; a missing one (4xx) allows everything,
     * one that cannot be fetched (5xx, no answer) disallows everything for a few minutes (RFC
     * 9309).
     */
    BaseRobotRules rules(Fetcher f, URI uri) throws FetchException {
      if (rules != null && Instant.now().isBefore(rulesUntil)) return rules;
      synchronized (this) {
        if (rules != null && Instant.now().isBefore(rulesUntil)) return rules;
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        String robotsUrl = origin + "/robots.txt";
        BaseRobotRules r;
        Duration ttl = ROBOTS_TTL;
        try {
          Response resp = f.follow(robotsUrl, Validators.NONE, false);
          r =
              parser.parseContent(
                  robotsUrl, resp.body(), resp.contentType(), List.of(FetchPolicy.ROBOTS_NAME));
        } catch (FetchException e) {
          if (e.kind() == FetchException.Kind.REFUSED) throw e;
          if (e.kind() == FetchException.Kind.HTTP
              || e.kind() == FetchException.Kind.WRONG_TYPE
              || e.kind() == FetchException.Kind.TOO_LARGE) {
            r = parser.failedFetch(e.status() == null ? 404 : e.status());
          } else {
            r = parser.failedFetch(503);
            ttl = ROBOTS_RETRY;
          }
        }
        rules = r;
        rulesUntil = Instant.now().plus(ttl);
        return r;
      }
    }
  }

  /** Collects a body up to a cap; a cap below zero reads nothing and closes the exchange. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    CappedBody(long max) {
      this.max = max;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (max < 0) {
        s.cancel();
        result.complete(null);
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) return;
      for (ByteBuffer b : items) {
        if (out.size() + (long) b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) s.cancel();
      result.completeExceptionally(new IOException("cancelled"));
    }
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
