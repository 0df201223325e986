package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;

/**
 * Runs a pipeline over documents on its own thread pool and hands results on in input order.
 * Documents are pushed from the reading thread; at most {@code 2 x threads} are in flight, so
 * memory stays bounded on any corpus size. (CoreNLP's own multi-document annotate in 4.5.10
 * processes every document twice, hence our pool.)
 */
public final class OrderedRunner implements AutoCloseable {
  private final Function<Document, Annotated> pipeline;
  private final ExecutorService pool;
  private final int window;
  private final Consumer<Annotated> out;
  private final ArrayDeque<Future<Annotated>> inFlight = new ArrayDeque<>();
  private final boolean ownsPool;

  public OrderedRunner(Pipeline pipeline, int threads, Consumer<Annotated> out) {
    this(pipeline::run, threads, out);
  }

  /** Runs each document through the pipeline of its language. */
  public OrderedRunner(LanguagePipelines pipelines, int threads, Consumer<Annotated> out) {
    this(pipelines::run, threads, out);
  }

  /**
   * Runs each document through the pipeline of its language on {@code pool}, a pool of {@code
   * threads} kept by the caller across runners (a long-running process annotates batch after batch
   * on the same threads); closing the runner leaves the pool running.
   */
  public OrderedRunner(
      LanguagePipelines pipelines, ExecutorService pool, int threads, Consumer<Annotated> out) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    this.pipeline = pipelines::run;
    this.pool = pool;
    this.window = threads * 2;
    this.out = out;
    this.ownsPool = false;
  }

  private OrderedRunner(
      Function<Document, Annotated> pipeline, int threads, Consumer<Annotated> out) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    this.pipeline = pipeline;
    this.pool = annotationPool(threads);
    this.window = threads * 2;
    this.out = out;
    this.ownsPool = true;
  }

  /** A pool of daemon threads named {@code sitrep-annotate}, as the runners use. */
  public static ExecutorService annotationPool(int threads) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "sitrep-annotate");
          t.setDaemon(true);
          return t;
        });
  }

  /** Queues a document; may block while the window is full, emitting finished results in order. */
  public void accept(Document d) {
    inFlight.add(pool.submit(() -> pipeline.apply(d)));
    while (inFlight.size() > window) emit(inFlight.poll());
  }

  /**
   * Queues a result that needs no annotation (an article already stored): handed on in its place in
   * the input order, without running the pipeline.
   */
  public void acceptDone(Annotated a) {
    inFlight.add(java.util.concurrent.CompletableFuture.completedFuture(a));
    while (inFlight.size() > window) emit(inFlight.poll());
  }

  /** Emits everything still in flight. */
  public void drain() {
    while (!inFlight.isEmpty()) emit(inFlight.poll());
  }

  private void emit(Future<Annotated> f) {
    try {
      out.accept(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) throw r;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    }
  }

  @Override
  public void close() {
    drain();
    if (ownsPool) pool.shutdown();
  }
}
