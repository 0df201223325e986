package org.sitrep.watch;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Fetch jobs queued per host, handed to a pool of workers so that different hosts proceed in
 * parallel while one host is asked one thing at a time: a worker takes the job of the idle host
 * whose next allowed request (its delay since the last one, as the {@link Fetcher} keeps it) comes
 * first, and waits only when no host is ready. Jobs may queue more jobs (a feed queues its links).
 */
final class HostQueues {
  private final Fetcher fetcher;
  private final Map<String, ArrayDeque<Runnable>> queues = new LinkedHashMap<>();
  private final Set<String> busy = new HashSet<>();
  private int outstanding; // jobs queued or running

  HostQueues(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Queues a job that fetches from {@code url}'s host. */
  synchronized void add(String url, Runnable job) {
    queues.computeIfAbsent(Fetcher.hostKey(url), k -> new ArrayDeque<>()).add(job);
    outstanding++;
    notifyAll();
  }

  /** Runs jobs until none is queued or running; returns when interrupted too. */
  void work() {
    while (true) {
      String host;
      Runnable job;
      synchronized (this) {
        Map.Entry<String, Runnable> next;
        try {
          next = next();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        if (next == null) return;
        host = next.getKey();
        job = next.getValue();
      }
      try {
        job.run();
      } finally {
        synchronized (this) {
          busy.remove(host);
          outstanding--;
          notifyAll();
        }
      }
    }
  }

  /** The next job to run and its host, waiting for one to be ready; null once all are done. */
  private Map.Entry<String, Runnable> next() throws InterruptedException {
    long longestWait = fetcher.policy().maxHostWait().toNanos();
    while (true) {
      if (outstanding == 0) return null;
      String best = null;
      long bestWait = Long.MAX_VALUE;
      long now = System.nanoTime();
      for (Map.Entry<String, ArrayDeque<Runnable>> e : queues.entrySet()) {
        if (e.getValue().isEmpty() || busy.contains(e.getKey())) continue;
        long ready = fetcher.readyAt(e.getKey());
        long wait = ready == Long.MIN_VALUE ? 0 : Math.max(0, ready - now);
        // A host that asked for a longer pause than a fetch waits answers its jobs at once (they
        // are left for a later poll), so it is not waited for here.
        if (wait > longestWait) wait = 0;
        if (wait < bestWait) {
          bestWait = wait;
          best = e.getKey();
        }
      }
      if (best == null) {
        wait();
      } else if (bestWait > 0) {
        TimeUnit.NANOSECONDS.timedWait(this, bestWait);
      } else {
        busy.add(best);
        Runnable job = queues.get(best).poll();
        return Map.entry(best, job);
      }
    }
  }
}
