package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The API's access tokens, in {@code tokens.db} beside the store: a file of its own, so that tokens
 * can be created and revoked while a server holds the store, and a revocation takes effect at the
 * next request. Only a token's SHA-256 is kept (tokens are 256 random bits, so a slow hash adds
 * nothing); the token itself is shown once, when it is created.
 */
public final class Tokens implements AutoCloseable {
  public static final String FILE = "tokens.db";
  private static final String PREFIX = "sitrep_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One token as listed: its name, whether it may only read, when it was made and last used. */
  public record Info(String name, boolean readOnly, String created, String lastUsed) {}

  /** Who a presented token belongs to and what it may do. */
  public record Access(String name, boolean readOnly) {}

  private final Connection c;

  private Tokens(Connection c) {
    this.c = c;
  }

  /** Opens (creating when absent) the token file in {@code dataDir}. */
  public static Tokens open(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      Files.createDirectories(dataDir);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = 10000");
        s.execute("PRAGMA journal_mode = WAL");
        s.execute(
            "CREATE TABLE IF NOT EXISTS tokens (name TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE,"
                + " read_only INTEGER NOT NULL, created TEXT NOT NULL, last_used TEXT)");
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new Tokens(c);
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates a token and returns it; only its hash is stored. {@code name} null picks the next free
   * "token-N".
   *
   * @throws IllegalArgumentException when the name is taken or blank
   */
  public synchronized String create(String name, boolean readOnly) {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    try {
      if (name == null) name = freeName();
      if (name.isBlank()) throw new IllegalArgumentException("a token name must not be blank");
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO tokens (name, hash, read_only, created) VALUES (?,?,?,?)")) {
        p.setString(1, name);
        p.setString(2, hash(token));
        p.setInt(3, readOnly ? 1 : 0);
        p.setString(4, Instant.now().toString());
        p.executeUpdate();
      }
      return token;
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("UNIQUE"))
        throw new IllegalArgumentException("a token named '" + name + "' exists already", e);
      throw new StoreException("cannot create token: " + e.getMessage(), e);
    }
  }

  private String freeName() throws SQLException {
    for (int i = 1; ; i++) {
      try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM tokens WHERE name = ?")) {
        p.setString(1, "token-" + i);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) return "token-" + i;
        }
      }
    }
  }

  /** Every token, by name. */
  public synchronized List<Info> list() {
    List<Info> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT name, read_only, created, last_used FROM tokens ORDER BY name")) {
      while (r.next())
        out.add(new Info(r.getString(1), r.getInt(2) != 0, r.getString(3), r.getString(4)));
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list tokens: " + e.getMessage(), e);
    }
  }

  /** Revokes a token by name; false when there is none by that name. */
  public synchronized boolean revoke(String name) {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM tokens WHERE name = ?")) {
      p.setString(1, name);
      return p.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException("cannot revoke token: " + e.getMessage(), e);
    }
  }

  /** What a presented token may do, or empty when it is unknown or revoked. */
  public synchronized Optional<Access> check(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 200) return Optional.empty();
    String h = hash(token);
    try (PreparedStatement p =
        c.prepareStatement("SELECT name, read_only, last_used FROM tokens WHERE hash = ?")) {
      p.setString(1, h);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) return Optional.empty();
        Access a = new Access(r.getString(1), r.getInt(2) != 0);
        touch(h, r.getString(3));
        return Optional.of(a);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot check token: " + e.getMessage(), e);
    }
  }

  // Last use to the minute: enough to tell a stale token, without a write per request.
  private void touch(String h, String lastUsed) throws SQLException {
    String now = Instant.now().toString().substring(0, 16);
    if (lastUsed != null && lastUsed.startsWith(now)) return;
    try (PreparedStatement p =
        c.prepareStatement("UPDATE tokens SET last_used = ? WHERE hash = ?")) {
      p.setString(1, Instant.now().toString());
      p.setString(2, h);
      p.executeUpdate();
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // nothing left to release
    }
  }
}
