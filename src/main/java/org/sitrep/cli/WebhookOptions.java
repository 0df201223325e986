package org.sitrep.cli;

import org.sitrep.store.Store;
import org.sitrep.watch.Webhook;
import picocli.CommandLine.Option;

/**
 * {@code --webhook URL} and {@code --webhook-secret SECRET}: where a command that adds articles
 * sends the alerts they raise, and the key that signs them.
 */
final class WebhookOptions {
  @Option(
      names = "--webhook",
      paramLabel = "URL",
      description =
          "POST each new alert as JSON to this URL, signed (X-Sitrep-Signature) and retried from a"
              + " durable outbox until it answers 2xx.")
  String url;

  @Option(
      names = "--webhook-secret",
      paramLabel = "SECRET",
      description =
          "The HMAC-SHA256 key that signs webhook bodies (default: the environment variable "
              + Webhook.SECRET_ENV
              + ").")
  String secret;

  /**
   * The webhook, registered in the store; null when none was asked for. Unless {@code
   * allowPrivate}, a URL whose host resolves to a loopback, private, link-local or multicast
   * address is refused.
   */
  Webhook open(Store store, boolean allowPrivate) {
    if (url == null) return null;
    if (!allowPrivate) {
      String why = Webhook.refusal(url);
      if (why != null) throw new UserError(why);
    }
    String key = secret != null ? secret : System.getenv(Webhook.SECRET_ENV);
    if (key == null || key.isEmpty())
      System.err.println(
          "sitrep: webhook: no --webhook-secret or "
              + Webhook.SECRET_ENV
              + "; alerts are sent unsigned");
    try {
      Webhook hook =
          new Webhook(store.topics(), url, key, line -> System.err.println("sitrep: " + line));
      return allowPrivate ? hook : hook.refusePrivate();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
