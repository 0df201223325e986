package org.sitrep.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The one writer's hold on a data directory, taken before anything in it is created or migrated, so
 * two processes started at the same moment on a new directory cannot both build its schema. Readers
 * never take it. The holder writes who it is into the lock file ({@code pid N: what}), so a writer
 * that has to wait can say for whom. The operating system releases it if the process dies.
 */
final class DataDirLock implements AutoCloseable {
  static final String FILE = "sitrep.lock";
  private static final long POLL_MILLIS = 200;

  /** The lock files this process holds, by absolute path. */
  private static final java.util.Set<Path> HELD = new java.util.HashSet<>();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock at once or fails saying the directory is in use. */
  static DataDirLock take(Path dataDir) {
    return take(dataDir, "sitrep", Duration.ZERO, m -> {});
  }

  /**
   * Takes the lock, waiting up to {@code wait} for the process that holds it; {@code onWait} gets
   * one line saying who holds it, once, when waiting begins. {@code who} is what this process
   * records as the holder.
   *
   * @throws StoreException when the lock is still held after {@code wait}
   */
  static DataDirLock take(Path dataDir, String who, Duration wait, Consumer<String> onWait) {
    Path file = dataDir.resolve(FILE);
    long deadline = System.nanoTime() + wait.toNanos();
    boolean told = false;
    while (true) {
      DataDirLock held = tryTake(file);
      if (held != null) {
        held.describe(who);
        return held;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        String holder = holder(dataDir);
        throw new StoreException(
            dataDir
                + " is in use by another Sitrep process"
                + (holder.isEmpty() ? "" : " (" + holder + ")")
                + (wait.isZero() ? "" : "; gave up after " + wait.toSeconds() + " s"));
      }
      if (!told) {
        told = true;
        String holder = holder(dataDir);
        onWait.accept(
            "waiting for "
                + (holder.isEmpty() ? "the Sitrep process writing to it" : holder)
                + " to release "
                + dataDir
                + " (up to "
                + wait.toSeconds()
                + " s)");
      }
      try {
        Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while waiting for the lock on " + dataDir, e);
      }
    }
  }

  /**
   * The lock, or null when another process or another store in this one holds it. A lock this
   * process holds is known from {@link #HELD} without opening the file again: closing a second
   * channel on the file would drop the process's lock at the operating system's level.
   */
  private static DataDirLock tryTake(Path file) {
    synchronized (HELD) {
      Path key = file.toAbsolutePath().normalize();
      if (HELD.contains(key)) return null;
      FileChannel ch;
      try {
        ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
      }
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      } catch (IOException e) {
        closeQuietly(ch);
        throw new StoreException("cannot lock " + file + ": " + e.getMessage(), e);
      }
      if (l == null) {
        closeQuietly(ch);
        return null;
      }
      HELD.add(key);
      return new DataDirLock(key, ch, l);
    }
  }

  /** True when some process (this one included) holds the lock on {@code dataDir} now. */
  static boolean held(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) return false;
    DataDirLock probe = tryTake(file);
    if (probe == null) return true;
    probe.release();
    return false;
  }

  /** What the holder of the lock on {@code dataDir} says it is, or "" when it says nothing. */
  static String holder(Path dataDir) {
    try {
      String s = Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8).strip();
      return s.length() > 300 ? s.substring(0, 300) : s;
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
  }

  /** Records who holds the lock: {@code pid N: who}. */
  void describe(String who) {
    String text = "pid " + ProcessHandle.current().pid() + ": " + who + "\n";
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    } catch (IOException e) {
      // only a description for whoever waits; the lock itself is held
    }
  }

  @Override
  public void close() {
    try {
      channel.truncate(0);
    } catch (IOException e) {
      // the next holder overwrites it
    }
    release();
  }

  private void release() {
    synchronized (HELD) {
      try {
        lock.release();
      } catch (IOException e) {
        // the channel's close below releases it too
      }
      closeQuietly(channel);
      HELD.remove(key);
    }
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // nothing held beyond the process
    }
  }
}
