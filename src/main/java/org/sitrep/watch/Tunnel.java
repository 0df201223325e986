package org.sitrep.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A CONNECT proxy on loopback, inside the fetcher's process, through which its https requests reach
 * the address their host was checked at: the client asks for {@code CONNECT host:port}, the tunnel
 * connects to the address pinned for that host and port and then only carries bytes, so TLS (its
 * server name and the certificate's check against the name) runs end to end as on a direct
 * connection. A host with no pin (no request of this fetcher under way to it) is refused, so the
 * tunnel cannot be used to reach anything the fetcher has not checked.
 */
final class Tunnel implements AutoCloseable {
  /** The longest request head the tunnel reads. */
  private static final int MAX_HEAD = 8192;

  private final Map<String, InetSocketAddress> pins;
  private final int connectTimeoutMillis;
  private final ServerSocket server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "watch-tunnel");
            t.setDaemon(true);
            return t;
          });

  /**
   * @param pins where each pinned request connects, by {@link PinnedRoutes#key} (https only here)
   */
  Tunnel(Map<String, InetSocketAddress> pins, int connectTimeoutMillis) throws IOException {
    this.pins = pins;
    this.connectTimeoutMillis = Math.max(1, connectTimeoutMillis);
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  InetSocketAddress address() {
    return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
  }

  private void accept() {
    while (!server.isClosed()) {
      Socket s;
      try {
        s = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      try {
        threads.execute(() -> serve(s));
      } catch (java.util.concurrent.RejectedExecutionException e) {
        closeQuietly(s);
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(connectTimeoutMillis);
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      String head = readHead(in);
      String[] line = head == null ? new String[0] : head.split("\r\n", 2)[0].split(" ");
      if (line.length != 3 || !line[0].equals("CONNECT")) {
        answer(out, "405 Method Not Allowed");
        return;
      }
      InetSocketAddress to = pins.get("https://" + line[1].toLowerCase(Locale.ROOT));
      if (to == null) {
        answer(out, "403 Forbidden");
        return;
      }
      try (Socket origin = new Socket()) {
        try {
          origin.connect(to, connectTimeoutMillis);
        } catch (IOException e) {
          answer(out, "502 Bad Gateway");
          return;
        }
        client.setSoTimeout(0);
        answer(out, "200 Connection Established");
        threads.execute(() -> pipe(client, origin));
        pipe(origin, client);
      }
    } catch (IOException | RuntimeException e) {
      // the client or the server went away: both ends are closed
    }
  }

  /** Copies from one socket to the other until either ends, then closes both. */
  private static void pipe(Socket from, Socket to) {
    byte[] buf = new byte[16384];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // ends the tunnel
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  /**
   * The request line and headers, up to the blank line (no byte after it is read); null if none.
   */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (head.size() < MAX_HEAD) {
      int b = in.read();
      if (b < 0) return null;
      head.write(b);
      last4 = (last4 << 8) | b;
      if (last4 == 0x0D0A0D0A) return head.toString(StandardCharsets.ISO_8859_1);
    }
    return null;
  }

  private static void answer(OutputStream out, String status) throws IOException {
    out.write(("HTTP/1.1 " + status + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing more to do
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // nothing more to do
    }
    threads.shutdownNow();
  }
}
