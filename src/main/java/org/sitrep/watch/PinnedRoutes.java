package org.sitrep.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes each request in flight to the address its host's name resolved to when it was checked, so
 * that the connection never resolves the name again and cannot be sent elsewhere by a name that
 * changes its answer (DNS rebinding). Over plain http the checked address stands as the proxy (the
 * request line carries the whole URL, which servers must accept, RFC 9112 3.2.2, and the Host
 * header the name); over https a {@link Tunnel}, started when first needed, connects to it and TLS
 * runs end to end with the name. A request with no pin goes direct. Used by the fetcher and the
 * webhook.
 */
final class PinnedRoutes extends ProxySelector implements AutoCloseable {
  private final Map<String, InetSocketAddress> pins = new ConcurrentHashMap<>();
  private final int connectTimeoutMillis;
  private volatile Tunnel tunnel;

  PinnedRoutes(int connectTimeoutMillis) {
    this.connectTimeoutMillis = connectTimeoutMillis;
  }

  /** A pinned request's key: scheme, host and port (the default port when none is given). */
  static String key(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
    return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
  }

  /** Sends requests with key {@code key} to {@code to} until {@link #unpin}. */
  void pin(String key, InetSocketAddress to) {
    pins.put(key, to);
  }

  void unpin(String key) {
    pins.remove(key);
  }

  @Override
  public List<Proxy> select(URI uri) {
    InetSocketAddress to = pins.get(key(uri));
    if (to == null) return List.of(Proxy.NO_PROXY);
    if ("https".equalsIgnoreCase(uri.getScheme()))
      return List.of(new Proxy(Proxy.Type.HTTP, tunnel().address()));
    return List.of(new Proxy(Proxy.Type.HTTP, to));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException e) {}

  private Tunnel tunnel() {
    Tunnel t = tunnel;
    if (t != null) return t;
    synchronized (this) {
      if (tunnel == null) {
        try {
          tunnel = new Tunnel(pins, connectTimeoutMillis);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return tunnel;
    }
  }

  @Override
  public void close() {
    Tunnel t;
    synchronized (this) {
      t = tunnel;
    }
    if (t != null) t.close();
  }
}
