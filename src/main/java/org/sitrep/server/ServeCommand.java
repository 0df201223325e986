package org.sitrep.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.annotate.Pipelines;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep serve}: the HTTP API and web pages over a data directory, on the loopback interface
 * by default.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serves the JSON API (/api, /openapi.json) and the web pages over a data directory.")
public final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "sitrep-data",
      description = "data directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "port to listen on (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description =
          "address to bind; anything but loopback exposes the store to the network (default: ${DEFAULT-VALUE})")
  String host;

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      defaultValue = "16777216",
      description = "largest accepted request body in bytes (default: ${DEFAULT-VALUE})")
  long maxBody;

  @Option(
      names = "--allow-origin",
      paramLabel = "ORIGIN",
      description =
          "a web origin (scheme://host:port) whose pages may call the API (CORS); repeatable; none by default")
  java.util.List<String> allowOrigins = new java.util.ArrayList<>();

  @Option(
      names = "--lock-wait",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description =
          "how long to wait for another process writing the data directory (an ingest) to finish"
              + " (default: ${DEFAULT-VALUE})")
  long lockWait;

  @Option(
      names = "--webhook",
      paramLabel = "URL",
      description =
          "POST each new alert as JSON to this URL, signed and retried from a durable outbox")
  String webhook;

  @Option(
      names = "--webhook-secret",
      paramLabel = "SECRET",
      description = "the key that signs webhook bodies (default: $SITREP_WEBHOOK_SECRET)")
  String webhookSecret;

  @Option(
      names = "--allow-private",
      description = "also send webhooks to loopback, private, link-local and multicast addresses")
  boolean allowPrivate;

  @Override
  public Integer call() throws InterruptedException {
    long t0 = System.nanoTime();
    if (webhook != null && !allowPrivate) {
      String why = org.sitrep.watch.Webhook.refusal(webhook);
      if (why != null) {
        System.err.println("sitrep: " + why);
        return 2;
      }
    }
    Store store =
        Store.openWriter(
            data,
            "sitrep serve",
            java.time.Duration.ofSeconds(Math.max(0, lockWait)),
            line -> System.err.println("sitrep: " + line));
    if (!SitrepServer.loopbackOnly(host))
      System.err.println(
          "sitrep: warning: bound to "
              + host
              + ", beyond loopback: every request needs a token (see 'sitrep token create'), and"
              + " traffic is plain HTTP unless a TLS proxy stands in front");
    SitrepServer server =
        SitrepServer.start(
            store,
            new SitrepServer.Config(host, port, maxBody, java.util.Set.copyOf(allowOrigins)),
            Pipelines::byLanguage);
    org.sitrep.watch.Webhook hook = null;
    if (webhook != null) {
      String key =
          webhookSecret != null
              ? webhookSecret
              : System.getenv(org.sitrep.watch.Webhook.SECRET_ENV);
      if (key == null || key.isEmpty())
        System.err.println("sitrep: webhook: no --webhook-secret; alerts are sent unsigned");
      hook =
          new org.sitrep.watch.Webhook(
              store.topics(), webhook, key, line -> System.err.println("sitrep: " + line));
      if (!allowPrivate) hook.refusePrivate();
      hook.start(java.time.Duration.ofSeconds(1));
    }
    org.sitrep.watch.Webhook delivering = hook;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (delivering != null) delivering.close();
                  server.close();
                  store.close();
                  stopped.countDown();
                }));
    String url = "http://" + host + ":" + server.port() + "/";
    // Who waits for the directory is told where to send articles instead.
    store.describeWriter("sitrep serve, which takes articles by POST to " + url + "api/documents");
    System.err.printf(
        "sitrep: serving %s on %s (started in %.1f s)%n",
        data, url, (System.nanoTime() - t0) / 1e9);
    // The models load beside the first requests, not inside the first POST.
    Thread warm =
        new Thread(
            () -> {
              long w0 = System.nanoTime();
              try {
                server.warmUp();
                System.err.printf(
                    "sitrep: annotation models ready in %.1f s%n", (System.nanoTime() - w0) / 1e9);
              } catch (RuntimeException e) {
                System.err.println("sitrep: annotation models could not load: " + e.getMessage());
              }
            },
            "sitrep-warm-up");
    warm.setDaemon(true);
    warm.start();
    stopped.await();
    return 0;
  }
}
