package org.sitrep.watch;

import java.time.Duration;

/** Why a fetch brought nothing back, in words for the user, and whether trying later may help. */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** Not fetched on purpose: a bad URL, a private address, robots.txt. */
    REFUSED,
    /** The server answered with a client error (404, 410, 403...). */
    HTTP,
    /** 429 or a server error: try later, after {@link #retryAfter()} when the server said. */
    BUSY,
    /** No answer, or no whole answer, in time. */
    TIMEOUT,
    /** The body is over the size cap. */
    TOO_LARGE,
    /** The content type is not a page, a feed or a sitemap. */
    WRONG_TYPE,
    /** Too many redirects, or a redirect loop. */
    REDIRECTS,
    /** The connection failed or broke off. */
    NETWORK,
    /** Not tried: the host asked for a pause (Retry-After) that outlasts this poll. */
    WAITING
  }

  private final Kind kind;
  private final Integer status;
  private final transient Duration retryAfter;

  FetchException(Kind kind, String message) {
    this(kind, null, null, message);
  }

  FetchException(Kind kind, Integer status, Duration retryAfter, String message) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, when one was received. */
  public Integer status() {
    return status;
  }

  /** How long the server asked to wait (Retry-After), or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whether the same fetch may succeed later: a busy server, a timeout, a broken connection. */
  public boolean passing() {
    return kind == Kind.BUSY
        || kind == Kind.TIMEOUT
        || kind == Kind.NETWORK
        || kind == Kind.WAITING;
  }
}
