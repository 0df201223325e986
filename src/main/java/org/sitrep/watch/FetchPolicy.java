package org.sitrep.watch;

import java.time.Duration;

/**
 * How politely and safely watch fetches: the user agent it sends, how long it waits, how much it
 * reads, how often it asks one host, and whether it may reach private addresses.
 *
 * @param userAgent the User-Agent header: product, version and a contact
 * @param timeout for the answer's headers to arrive, and again for its body to finish
 * @param maxRedirects redirects followed per fetch, each hop's address checked again
 * @param maxBytes the largest body read; a larger one is refused
 * @param hostDelay the least time between two requests to one host (robots.txt may ask for more)
 * @param maxHostWait the longest a fetch waits for its host's turn; a host that asked for a longer
 *     pause (Retry-After) is tried again at a later poll
 * @param concurrency requests in flight at once, across all hosts
 * @param allowPrivate whether loopback, private, link-local and multicast addresses may be fetched
 */
public record FetchPolicy(
    String userAgent,
    Duration timeout,
    int maxRedirects,
    long maxBytes,
    Duration hostDelay,
    Duration maxHostWait,
    int concurrency,
    boolean allowPrivate) {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** Sitrep's user agent: its name and version, what it is, and whom to contact. */
  public static String userAgent(String version, String contact) {
    return "Sitrep/"
        + version
        + " (news reader"
        + (contact == null || contact.isBlank() ? "" : "; +" + contact.strip())
        + ")";
  }

  /** The product token robots.txt groups are matched against. */
  static final String ROBOTS_NAME = "sitrep";
}
