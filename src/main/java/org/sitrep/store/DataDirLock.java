package org.sitrep.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one writer's hold on a data directory, taken before anything in it is created or migrated, so
 * two processes started at the same moment on a new directory cannot both build its schema: the
 * second is told the directory is in use. The operating system releases it if the process dies.
 */
final class DataDirLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirLock take(Path dataDir) {
    Path file = dataDir.resolve("sitrep.lock");
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
      throw new StoreException(dataDir + " is in use by another Sitrep process");
    }
    return new DataDirLock(ch, l);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // the channel's close below releases it too
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // nothing held beyond the process
    }
  }
}
