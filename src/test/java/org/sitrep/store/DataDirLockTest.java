package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {
  @TempDir Path dir;

  @Test
  void aSecondOpenIsToldTheDirectoryIsInUse() {
    try (Store first = Store.open(dir)) {
      StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
      assertTrue(e.getMessage().contains("in use by another Sitrep process"), e.getMessage());
    }
    try (Store again = Store.open(dir)) {
      assertEquals(0, again.count());
    }
  }

  @Test
  void twoOpensOfANewDirectoryAtOnceNeverMeetInTheSchema() throws Exception {
    for (int round = 0; round < 5; round++) {
      Path fresh = dir.resolve("d" + round);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Store>> opens = new ArrayList<>();
        for (int i = 0; i < 2; i++)
          opens.add(
              pool.submit(
                  () -> {
                    start.await();
                    return Store.open(fresh);
                  }));
        start.countDown();
        int opened = 0;
        for (Future<Store> f : opens) {
          try (Store s = f.get()) {
            opened++;
          } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(
                e.getCause() instanceof StoreException
                    && e.getCause().getMessage().contains("in use by another Sitrep process"),
                String.valueOf(e.getCause()));
          }
        }
        assertTrue(opened >= 1);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
