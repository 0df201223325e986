package org.sitrep.watch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sitrep.json.Json;
import org.sitrep.store.Topics;

/**
 * Delivers alerts from the store's outbox to one webhook: each as a JSON POST (the fields of {@code
 * sitrep alerts --json} with the alert's {@code id}), signed with HMAC-SHA256 of the body in {@code
 * X-Sitrep-Signature: sha256=HEX} when a secret is given, with its idempotency id in {@code
 * X-Sitrep-Delivery} (the same on every attempt). A 2xx acknowledges it; anything else, or no
 * answer, is tried again after 1, 2, 4 ... seconds (at most an hour). The outbox is in the store,
 * so what is not acknowledged is delivered by the next process started with the same webhook.
 */
public final class Webhook implements AutoCloseable {
  /** The environment variable that holds the secret when no option gives it. */
  public static final String SECRET_ENV = "SITREP_WEBHOOK_SECRET";

  static final Duration MAX_BACKOFF = Duration.ofHours(1);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Topics topics;
  private final String url;
  private final byte[] secret;
  private final Consumer<String> log;
  private final HttpClient http;
  private final Duration firstBackoff;
  private final Object sending = new Object();
  private Thread thread;
  private Thread recorder;
  private volatile boolean stop;
  private volatile boolean background;
  private volatile boolean refusePrivate;
  private volatile Fetcher.Resolver resolver = InetAddress::getAllByName;
  private volatile Function<InetAddress, String> notPublic = Addresses::notPublic;

  /**
   * The address the delivery being sent connects to, by {@link PinnedRoutes#key}: the one the
   * host's name resolved to when it was checked, so that the connection does not resolve the name
   * again (a name that answers a public address to the check and a private one to the connection is
   * not followed). Set only while private addresses are refused.
   */
  private final PinnedRoutes routes = new PinnedRoutes((int) TIMEOUT.toMillis());

  /** Deliveries handed over as their article's transaction committed, sent before any other. */
  private final java.util.concurrent.BlockingQueue<Topics.Delivery> fresh =
      new java.util.concurrent.LinkedBlockingQueue<>();

  /** Outcomes of sent deliveries, written to the outbox by their own thread. */
  private final java.util.concurrent.BlockingQueue<Runnable> outcomes =
      new java.util.concurrent.LinkedBlockingQueue<>();

  /** Deliveries sent or being sent whose outcome the outbox does not hold yet. */
  private final java.util.Set<String> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Deliveries the outbox scan sent, so that one handed over as well is not sent again. */
  private final java.util.Set<String> scanned = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Deliveries handed over and acknowledged, so that an outbox scan that read one before its
   * outcome was written does not send it again.
   */
  private final java.util.Set<String> acknowledged =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * A webhook for {@code url} (registered in the store, so that alerts are queued for it from now
   * on); {@code secret} may be null (deliveries go unsigned); {@code log} gets one line per failed
   * attempt.
   *
   * @throws IllegalArgumentException when {@code url} is not an http or https URL
   */
  public Webhook(Topics topics, String url, String secret, Consumer<String> log) {
    this(topics, url, secret, log, Duration.ofSeconds(1));
  }

  /** As above, with the first retry {@code firstBackoff} after a failure (tests shorten it). */
  public Webhook(
      Topics topics, String url, String secret, Consumer<String> log, Duration firstBackoff) {
    URI u;
    try {
      u = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a webhook URL: " + url, e);
    }
    if (u.getScheme() == null
        || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
        || u.getHost() == null)
      throw new IllegalArgumentException("a webhook is an http or https URL, not " + url);
    this.topics = topics;
    this.url = url;
    this.secret =
        secret == null || secret.isEmpty() ? null : secret.getBytes(StandardCharsets.UTF_8);
    this.log = log;
    this.firstBackoff = firstBackoff;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).proxy(routes).build();
    topics.registerWebhook(url);
  }

  public String url() {
    return url;
  }

  /**
   * Why a webhook URL is refused: its host resolves to a loopback, private, link-local or multicast
   * address (one line naming the URL and the address), or cannot be resolved; null when it may be
   * used.
   */
  public static String refusal(String url) {
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return "not a webhook URL: " + url;
    }
    if (host == null) return "not a webhook URL: " + url;
    try {
      checked(url, bare(host), InetAddress::getAllByName, Addresses::notPublic);
      return null;
    } catch (IOException e) {
      return e.getMessage();
    }
  }

  /**
   * Resolves the host of {@code url} once and returns its first address when every address it has
   * is public; otherwise throws with one line naming the URL and the address (or the unknown host).
   */
  private static InetAddress checked(
      String url, String host, Fetcher.Resolver resolver, Function<InetAddress, String> notPublic)
      throws IOException {
    InetAddress[] all;
    try {
      all = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new IOException("webhook " + url + ": unknown host " + host);
    }
    if (all == null || all.length == 0)
      throw new IOException("webhook " + url + ": unknown host " + host);
    for (InetAddress a : all) {
      String why = notPublic.apply(a);
      if (why != null)
        throw new IOException(
            "webhook "
                + url
                + " resolves to a "
                + why
                + " address ("
                + a.getHostAddress()
                + "); not sent without --allow-private");
    }
    return all[0];
  }

  private static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /**
   * From now on each delivery checks the URL's address again first (see {@link #refusal}) and
   * connects to the address it checked, so that a name that comes to resolve to a private address
   * is not sent to, not even between the check and the connection; such a delivery waits in the
   * outbox as a failed attempt.
   */
  public Webhook refusePrivate() {
    refusePrivate = true;
    return this;
  }

  /**
   * As {@link #refusePrivate()}, with names resolved by {@code resolver} and addresses judged by
   * {@code notPublic} (so that a test on loopback can play a public address).
   */
  Webhook refusePrivate(Fetcher.Resolver resolver, Function<InetAddress, String> notPublic) {
    this.resolver = resolver;
    this.notPublic = notPublic;
    return refusePrivate();
  }

  /** The signature header's value for a body: {@code sha256=} and the hex HMAC-SHA256. */
  public static String sign(byte[] body, byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** How long to wait after the {@code attempts}-th failed attempt. */
  Duration backoff(int attempts) {
    Duration d = firstBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  /**
   * Sends every delivery due now, once each; returns how many were acknowledged. One call at a time
   * (the background thread and a final drain never send the same delivery side by side).
   */
  public int deliverDue() {
    synchronized (sending) {
      int ok = 0;
      List<Topics.Delivery> due = topics.due(url, Instant.now(), 100);
      for (Topics.Delivery d : due) {
        if (stop) break;
        if (acknowledged.contains(d.id())) continue; // its outcome was written after this scan read
        if (!inFlight.add(d.id())) continue; // sent already; its outcome is being written
        if (background) {
          if (scanned.size() > 100_000) scanned.clear();
          scanned.add(d.id());
        }
        try {
          if (send(d, false)) ok++;
        } finally {
          inFlight.remove(d.id());
        }
      }
      return ok;
    }
  }

  /**
   * Sends one delivery; its outcome is written to the outbox now, or with {@code later} by the
   * recorder thread (which leaves it in flight until then), so that a send never waits for the
   * store while an article's alerts are being raised.
   */
  private boolean send(Topics.Delivery d, boolean later) {
    byte[] body = Json.write(d.alert()).getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Sitrep webhook")
            .header("X-Sitrep-Delivery", d.id())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret != null) r.header("X-Sitrep-Signature", sign(body, secret));
    String status;
    URI target = URI.create(url);
    String pin = PinnedRoutes.key(target);
    try {
      if (refusePrivate) {
        InetAddress at = checked(url, bare(target.getHost()), resolver, notPublic);
        int port =
            target.getPort() != -1
                ? target.getPort()
                : "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
        routes.pin(pin, new InetSocketAddress(at, port));
      }
      HttpResponse<Void> answer = http.send(r.build(), HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() / 100 == 2) {
        String code = Integer.toString(answer.statusCode());
        if (later) {
          if (acknowledged.size() > 100_000) acknowledged.clear();
          acknowledged.add(d.id());
        }
        record(d, () -> topics.delivered(d.id(), code), later);
        return true;
      }
      status = "HTTP " + answer.statusCode();
    } catch (IOException e) {
      status = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      routes.unpin(pin);
    }
    Instant next = Instant.now().plus(backoff(d.attempts() + 1));
    String why = status;
    record(d, () -> topics.retryAt(d.id(), why, next), later);
    log.accept(
        "webhook "
            + url
            + ": alert "
            + d.alert().id()
            + " not delivered ("
            + status
            + "), attempt "
            + (d.attempts() + 1)
            + ", next at "
            + next);
    return false;
  }

  private void record(Topics.Delivery d, Runnable write, boolean later) {
    if (!later) {
      write.run();
      return;
    }
    outcomes.add(
        () -> {
          try {
            write.run();
          } finally {
            inFlight.remove(d.id());
          }
        });
  }

  /**
   * Delivers in the background until closed: each alert as soon as the transaction that raised it
   * is committed (the store hands it over), and what else is due (retries, what an earlier run
   * left) from the outbox, looked at every {@code every}.
   */
  public synchronized void start(Duration every) {
    if (thread != null) return;
    background = true;
    topics.onQueued(
        list -> {
          if (stop) return;
          for (Topics.Delivery d : list) if (d.url().equals(url)) fresh.add(d);
        });
    recorder =
        new Thread(
            () -> {
              while (true) {
                Runnable r;
                try {
                  r = outcomes.take();
                } catch (InterruptedException e) {
                  r = outcomes.poll();
                  if (r == null) return;
                  Thread.currentThread().interrupt();
                }
                try {
                  r.run();
                } catch (RuntimeException e) {
                  log.accept("webhook " + url + ": " + e.getMessage());
                }
                if (Thread.currentThread().isInterrupted() && outcomes.isEmpty()) return;
              }
            },
            "sitrep-webhook-outcomes");
    recorder.setDaemon(true);
    recorder.start();
    thread =
        new Thread(
            () -> {
              long lastScan = 0;
              while (!stop) {
                try {
                  long now = System.nanoTime();
                  if (now - lastScan >= every.toNanos()) {
                    lastScan = now;
                    deliverDue();
                  }
                  Topics.Delivery d =
                      fresh.poll(
                          Math.max(1, every.toNanos() - (System.nanoTime() - lastScan)),
                          java.util.concurrent.TimeUnit.NANOSECONDS);
                  if (d == null || stop) continue;
                  synchronized (sending) {
                    if (!scanned.remove(d.id()) && inFlight.add(d.id())) send(d, true);
                  }
                } catch (InterruptedException e) {
                  return;
                } catch (RuntimeException e) {
                  log.accept("webhook " + url + ": " + e.getMessage());
                }
              }
            },
            "sitrep-webhook");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Delivers what is due until nothing is left or {@code max} has passed; returns how many wait
   * still (they stay in the outbox for the next run).
   */
  public long drain(Duration max) {
    long end = System.nanoTime() + max.toNanos();
    while (true) {
      deliverDue();
      long left = topics.undelivered(url);
      if (left == 0 || System.nanoTime() > end) return left;
      try {
        Thread.sleep(Math.min(1_000, Math.max(50, firstBackoff.toMillis() / 2)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return topics.undelivered(url);
      }
    }
  }

  @Override
  public void close() {
    Thread t, rec;
    synchronized (this) {
      stop = true;
      t = thread;
      rec = recorder;
    }
    for (Thread x : new Thread[] {t, rec}) {
      if (x == null) continue;
      x.interrupt();
      try {
        x.join(TIMEOUT.toMillis() + 1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    routes.close();
  }
}
