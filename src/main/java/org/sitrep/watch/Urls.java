package org.sitrep.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one form of a URL that watch compares, stores and fetches: only http and https, no
 * credentials, scheme and host in lower case, no default port, no fragment, and no tracking
 * parameters ({@code tracking-parameters.txt}), so one article reached through several links is
 * known as one URL.
 */
public final class Urls {
  private static final Set<String> TRACKING = new HashSet<>();
  private static final List<String> TRACKING_PREFIXES = new ArrayList<>();

  static {
    try (InputStream in = Urls.class.getResourceAsStream("tracking-parameters.txt")) {
      if (in == null) throw new IllegalStateException("tracking-parameters.txt is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty() || l.startsWith("#")) continue;
        if (l.endsWith("*")) TRACKING_PREFIXES.add(l.substring(0, l.length() - 1));
        else TRACKING.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A URL that watch does not fetch, with the reason in words. */
  public static final class BadUrl extends Exception {
    private static final long serialVersionUID = 1L;

    BadUrl(String reason) {
      super(reason);
    }
  }

  private Urls() {}

  /** The canonical form of an absolute URL. */
  public static String canonical(String url) throws BadUrl {
    return canonical(null, url);
  }

  /** The canonical form of {@code href}, resolved against {@code base} when relative. */
  public static String canonical(URI base, String href) throws BadUrl {
    if (href == null || href.isBlank()) throw new BadUrl("no URL");
    URI u;
    try {
      u = new URI(escapeStray(href.strip()));
      if (base != null && !u.isAbsolute()) u = base.resolve(u);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new BadUrl("not a valid URL");
    }
    String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null) throw new BadUrl("not an absolute URL");
    if (!scheme.equals("http") && !scheme.equals("https"))
      throw new BadUrl("only http and https are fetched, not " + scheme + ":");
    if (u.getRawUserInfo() != null) throw new BadUrl("a URL with credentials is not fetched");
    String host = u.getHost();
    if (host == null || host.isEmpty()) throw new BadUrl("no host");
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    int port = u.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    path = URI.create("http://h" + path).normalize().getRawPath();
    if (path.startsWith("/..")) path = "/";
    StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
    if (port != -1) sb.append(':').append(port);
    sb.append(path);
    String query = query(u.getRawQuery());
    if (!query.isEmpty()) sb.append('?').append(query);
    return sb.toString();
  }

  /** Whether a query parameter only tracks (by its decoded, lower-cased name). */
  public static boolean tracking(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (TRACKING.contains(n)) return true;
    for (String p : TRACKING_PREFIXES) if (n.startsWith(p)) return true;
    return false;
  }

  /** A URL shown in a message, its credentials (if any) masked. */
  public static String shown(String url) {
    return url == null
        ? ""
        : url.strip().replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@?#]*@", "$1***@");
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) return "";
    StringBuilder sb = new StringBuilder();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String decoded;
      try {
        decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        decoded = name;
      }
      if (tracking(decoded)) continue;
      if (sb.length() > 0) sb.append('&');
      sb.append(pair);
    }
    return sb.toString();
  }

  /** Spaces and other characters a URI may not hold, as links in the wild carry them, escaped. */
  private static String escapeStray(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      if (ch == ' ') sb.append("%20");
      else if (ch == '|') sb.append("%7C");
      else if (ch == '"') sb.append("%22");
      else if (ch == '<') sb.append("%3C");
      else if (ch == '>') sb.append("%3E");
      else if (ch == '\\') sb.append("%5C");
      else if (ch == '^') sb.append("%5E");
      else if (ch == '`') sb.append("%60");
      else if (ch == '{') sb.append("%7B");
      else if (ch == '}') sb.append("%7D");
      else sb.append(ch);
    }
    return sb.toString();
  }
}
