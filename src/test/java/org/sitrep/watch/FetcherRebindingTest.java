package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a name that resolves to a public address when it is checked and to a private one
 * afterwards. The fetcher resolves a host once per request, checks every address, and connects to
 * the address it checked, whatever the name answers later; the Host header (http) and the TLS
 * server name (https) stay the name's. On loopback, 127.0.0.1 plays the public address and
 * 127.0.0.2 the private one, each with a server on the same port.
 */
class FetcherRebindingTest {
  static final String PAGE = "<html><body><p>A page.</p></body></html>";
  static final String NAME = "rebind.test";

  static final InetAddress OUTSIDE = address(127, 0, 0, 1);
  static final InetAddress INSIDE = address(127, 0, 0, 2);

  /** A name server whose answers are given in turn, the last one repeated; counts the lookups. */
  static final class Answers implements Fetcher.Resolver {
    final Deque<InetAddress> next = new ArrayDeque<>();
    InetAddress last;
    final AtomicInteger lookups = new AtomicInteger();

    synchronized void then(InetAddress... as) {
      next.addAll(List.of(as));
    }

    @Override
    public synchronized InetAddress[] resolve(String host) throws java.net.UnknownHostException {
      if (!host.equals(NAME)) throw new java.net.UnknownHostException(host);
      lookups.incrementAndGet();
      if (!next.isEmpty()) last = next.poll();
      return new InetAddress[] {last};
    }
  }

  /** 127.0.0.1 counts as public here; every other address as the fetcher judges it. */
  static String judge(InetAddress a) {
    return a.equals(OUTSIDE) ? null : Addresses.notPublic(a);
  }

  static FetchPolicy policy() {
    return new FetchPolicy(
        "Sitrep/test",
        Duration.ofSeconds(10),
        3,
        1 << 20,
        Duration.ZERO,
        Duration.ofSeconds(20),
        2,
        false);
  }

  @Test
  void anHttpRequestGoesToTheAddressCheckedNotToWhatTheNameAnswersNext() throws Exception {
    Answers dns = new Answers();
    List<String> hosts = new CopyOnWriteArrayList<>();
    try (LoopbackSite outside = new LoopbackSite();
        Fetcher fetcher = new Fetcher(policy(), dns, FetcherRebindingTest::judge)) {
      int port = URI.create(outside.origin()).getPort();
      try (Listener inside = new Listener(INSIDE, port)) {
        outside.on(
            "/page",
            ex -> {
              hosts.add(ex.getRequestHeaders().getFirst("Host"));
              LoopbackSite.send(ex, 200, "text/html", PAGE);
            });
        String url = "http://" + NAME + ":" + port + "/page";
        dns.then(OUTSIDE);
        assertTrue(fetcher.allowed(url)); // robots.txt read (a 404: everything allowed)

        // Public when checked, private on every lookup after: the page comes from the address
        // checked, and the name is looked up once.
        dns.then(OUTSIDE, INSIDE);
        int before = dns.lookups.get();
        Fetcher.Response r = fetcher.fetch(url, Fetcher.Validators.NONE);
        assertEquals(200, r.status());
        assertEquals(PAGE, new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(1, dns.lookups.get() - before, "one lookup per request");
        assertEquals(List.of(NAME + ":" + port), hosts, "the Host header names the host");

        // The next request is checked afresh: the name now answers a private address.
        FetchException e =
            assertThrows(FetchException.class, () -> fetcher.fetch(url, Fetcher.Validators.NONE));
        assertEquals(FetchException.Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains("loopback address (127.0.0.2)"), e.getMessage());
        assertTrue(e.getMessage().contains("--allow-private"), e.getMessage());
        assertEquals(0, inside.connections.get(), "the private address was never reached");
        assertEquals(1, hosts.size());
      }
    }
  }

  @Test
  void anHttpsRequestIsTunnelledToTheAddressCheckedWithTheNameAsTlsServerName() throws Exception {
    Answers dns = new Answers();
    try (Listener outside = new Listener(OUTSIDE, 0);
        Listener inside = new Listener(INSIDE, outside.port());
        Fetcher fetcher = new Fetcher(policy(), dns, FetcherRebindingTest::judge)) {
      dns.then(OUTSIDE, INSIDE);
      // robots.txt is asked for first: its TLS handshake reaches the address checked, then fails
      // (the listener is no TLS server), which leaves the host closed for now.
      String url = "https://" + NAME + ":" + outside.port() + "/page";
      assertEquals(false, fetcher.allowed(url));
      assertEquals(1, dns.lookups.get());
      // (the client may try the handshake twice)
      assertTrue(outside.connections.get() >= 1, "the address checked was reached");
      for (byte[] hello : outside.firstBytes) {
        assertEquals(0x16, hello[0], "a TLS handshake record");
        assertTrue(
            new String(hello, StandardCharsets.ISO_8859_1).contains(NAME),
            "the TLS server name is the host's name");
      }
      assertEquals(0, inside.connections.get(), "the private address was never reached");
    }
  }

  @Test
  void theTunnelRefusesAHostNoRequestIsPinnedTo() throws Exception {
    try (Tunnel tunnel =
            new Tunnel(
                Map.of("https://" + NAME + ":443", new InetSocketAddress(OUTSIDE, 9)), 2000);
        Socket s = new Socket()) {
      s.connect(tunnel.address(), 2000);
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(
          "CONNECT other.test:443 HTTP/1.1\r\nHost: other.test:443\r\n\r\n"
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String answer =
          new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1).strip();
      assertEquals("HTTP/1.1 403", answer);
    }
  }

  /** A TCP server on one address that counts connections and keeps the first bytes of each. */
  static final class Listener implements AutoCloseable {
    final ServerSocket server;
    final AtomicInteger connections = new AtomicInteger();
    final List<byte[]> firstBytes = new CopyOnWriteArrayList<>();

    Listener(InetAddress at, int port) throws IOException {
      server = new ServerSocket();
      server.bind(new InetSocketAddress(at, port));
      Thread t =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                    s.setSoTimeout(5000);
                    InputStream in = s.getInputStream();
                    byte[] buf = new byte[2048];
                    int n = in.read(buf);
                    firstBytes.add(java.util.Arrays.copyOf(buf, Math.max(0, n)));
                  } catch (IOException e) {
                    // closed, or the client went away
                  }
                }
              },
              "listener");
      t.setDaemon(true);
      t.start();
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  static InetAddress address(int a, int b, int c, int d) {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
