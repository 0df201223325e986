package org.sitrep.watch;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.WebReader;
import org.sitrep.store.FetchState;
import org.sitrep.store.FetchState.SourceState;
import org.sitrep.store.FetchState.UrlState;
import org.sitrep.store.Ingested;

/**
 * Polls sources (feeds, sitemaps and sitemap indexes, pages, OPML lists of feeds), fetches the
 * articles they link to that it has not met before, and hands them to {@link Articles} to be
 * annotated and stored. Everything it learns is kept in the store's {@link FetchState} as it goes,
 * so a watch stopped at any point resumes where it was: links found are pending until fetched, a
 * fetched page waits in the store until its document is stored, and a stored URL is never fetched
 * again. Every source or URL that fails gets one line through {@link Problems} and the poll goes on
 * with the rest; a source that keeps failing is polled less and less often.
 */
public final class Watcher {
  /** Where new articles go: annotated, stored, and the picture brought up to date. */
  public interface Articles {
    /** Stores the documents; returns what each became, in order. */
    List<Ingested> store(List<Document> docs);

    /**
     * Does now the part of storing the documents that needs no store (their annotation) and returns
     * the rest, to be run later on the watch's one storing thread, so that the next batch is
     * annotated while this one is committed; null when this implementation does everything in
     * {@link #store} (the default).
     */
    default Prepared prepare(List<Document> docs) {
      return null;
    }
  }

  /** A batch of documents made ready by {@link Articles#prepare}, waiting to be stored. */
  public interface Prepared {
    /** Stores the batch; returns what each document became, in order. */
    List<Ingested> commit();
  }

  /**
   * @param interval time between polls of a healthy source
   * @param maxPerSource article URLs fetched per source per poll; the rest wait for later polls
   * @param maxSitemaps child sitemaps read from one sitemap index per poll
   * @param maxAttempts tries of a URL that keeps failing in passing (timeouts, 5xx) before it is
   *     given up
   * @param batch documents stored per call to {@link Articles#store}
   */
  public record Options(
      Duration interval, int maxPerSource, int maxSitemaps, int maxAttempts, int batch) {
    public static Options defaults(Duration interval) {
      return new Options(interval, 200, 50, 3, 20);
    }
  }

  /** What one poll did, for the run summary. */
  public record Summary(
      int sources,
      int notModified,
      int failedSources,
      int waitingSources,
      int newLinks,
      int fetched,
      int stored,
      int alreadyStored,
      int duplicates,
      int failedUrls) {
    public String line() {
      return "watch: "
          + sources
          + " source(s) polled ("
          + notModified
          + " not modified, "
          + failedSources
          + " failed, "
          + waitingSources
          + " backing off), "
          + newLinks
          + " new link(s), "
          + fetched
          + " page(s) fetched, "
          + stored
          + " new article(s) stored, "
          + alreadyStored
          + " already stored, "
          + duplicates
          + " duplicate URL(s), "
          + failedUrls
          + " URL(s) failed";
    }
  }

  private static final String XML = "text/xml";

  /**
   * The most URLs taken from one sitemap: the sitemap protocol's own limit per file. A longer one
   * (a site's whole archive in one file) is read up to it, said in one line, and the rest left.
   */
  static final int MAX_URLS_PER_SITEMAP = 50_000;

  /** The longest a failing source is left alone. */
  private static final Duration LONGEST_BACKOFF = Duration.ofHours(24);

  private final FetchState state;
  private final Fetcher fetcher;
  private final Articles articles;
  private final Problems problems;
  private final Options options;
  private final ThreadLocal<WebReader> readers = ThreadLocal.withInitial(WebReader::new);

  public Watcher(
      FetchState state, Fetcher fetcher, Articles articles, Problems problems, Options options) {
    this.state = state;
    this.fetcher = fetcher;
    this.articles = articles;
    this.problems = problems;
    this.options = options;
  }

  private static final class Counts {
    final AtomicInteger sources = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger failedSources = new AtomicInteger();
    final AtomicInteger waiting = new AtomicInteger();
    final AtomicInteger newLinks = new AtomicInteger();
    final AtomicInteger fetched = new AtomicInteger();
    final AtomicInteger stored = new AtomicInteger();
    final AtomicInteger already = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger failedUrls = new AtomicInteger();

    Summary summary() {
      return new Summary(
          sources.get(),
          notModified.get(),
          failedSources.get(),
          waiting.get(),
          newLinks.get(),
          fetched.get(),
          stored.get(),
          already.get(),
          duplicates.get(),
          failedUrls.get());
    }
  }

  /** One poll's shared work: its counts, its host queues and the stores it asked for. */
  private final class Poll {
    final Counts counts = new Counts();
    final HostQueues queues = new HostQueues(fetcher);

    /** Source and host pairs whose remaining links wait for a later poll. */
    final Set<String> stopped = ConcurrentHashMap.newKeySet();

    /** Has the writer store every fetched page soon, unless it is already about to. */
    void storeSoon() {
      if (!storeQueued.compareAndSet(false, true)) return;
      writer.submit(
          () -> {
            storeQueued.set(false);
            storeFetched(counts);
          });
    }
  }

  /**
   * The one thread that stores documents, shared by every poll of this watcher (one writer at a
   * time, across polls too); it ends when idle and starts again with the next page.
   */
  private final ThreadPoolExecutor writer = newWriter();

  private final AtomicBoolean storeQueued = new AtomicBoolean();

  /**
   * The thread that commits batches the writer has prepared (one at a time, in order), while the
   * writer prepares the next; it ends when idle.
   */
  private final ThreadPoolExecutor committer = newWriter();

  /** Fetched pages in a batch being prepared or committed: not taken into another batch. */
  private final Set<String> inBatch = ConcurrentHashMap.newKeySet();

  private static ThreadPoolExecutor newWriter() {
    ThreadPoolExecutor w =
        new ThreadPoolExecutor(
            1,
            1,
            5,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "watch-store");
              t.setDaemon(true);
              return t;
            });
    w.allowCoreThreadTimeOut(true);
    return w;
  }

  /**
   * Polls each source once (OPML files, local or fetched, stand for the feeds they list), fetches
   * what is new and stores it, and returns once every page it fetched is stored. See {@link
   * #poll(List, boolean)}.
   */
  public Summary poll(List<String> sources) {
    return poll(sources, true);
  }

  /**
   * Polls each source once (OPML files, local or fetched, stand for the feeds they list), fetches
   * what is new and stores it. Requests are queued per host: one host is asked one thing at a time
   * and its delay kept, while different hosts are fetched in parallel up to the policy's
   * concurrency. Each page is stored as soon as it is fetched, by one writer thread, so an article
   * does not wait for the rest of the poll; when pages wait, the links that appeared since their
   * source's previous reading go first, in the order they appeared, and a backlog (a long feed met
   * for the first time, a restart after a pause) after them, so that it does not hold back what has
   * just appeared. Pages fetched by an earlier run that stopped before storing them are stored too.
   *
   * @param waitForStore whether to return only once every fetched page is stored; without it the
   *     poll returns when its fetches are done and the writer goes on storing, so that the next
   *     poll can start on time while a backlog is being stored (the summary then counts what was
   *     stored by then)
   */
  public Summary poll(List<String> sources, boolean waitForStore) {
    Poll poll = new Poll();
    poll.storeSoon();
    List<String> list = expand(sources);
    for (String s : list) poll.queues.add(s, () -> pollSource(s, poll, true));
    int threads = Math.max(1, fetcher.policy().concurrency());
    ExecutorService pool = Executors.newFixedThreadPool(threads, Watcher::pollThread);
    boolean interrupted = false;
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) done.add(pool.submit(poll.queues::work));
      for (Future<?> f : done) waitFor(f);
      poll.storeSoon();
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      pool.shutdownNow();
    }
    if (waitForStore || interrupted) {
      // Every page is fetched: the last ones stored (the writer takes its tasks in order, so a task
      // queued now ends after every earlier one), then the poll is over. A store under way ends
      // before the poll does, even when interrupted.
      Future<?> last = writer.submit(() -> storeFetched(poll.counts));
      if (interrupted) last.cancel(false);
      while (true) {
        try {
          if (!last.isCancelled()) waitFor(last);
          awaitIdle();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
          last.cancel(false);
        }
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    return poll.counts.summary();
  }

  /**
   * Waits until the writer has nothing queued or running: a task queued behind everything else is
   * waited for, again while storing queued more.
   */
  private void awaitIdle() throws InterruptedException {
    while (writer.getActiveCount() > 0 || !writer.getQueue().isEmpty())
      waitFor(writer.submit(() -> {}));
  }

  /**
   * A poll's thread: it fetches and reads feeds, and mostly waits on the network and on hosts'
   * delays; named so that its CPU time can be told from annotation's.
   */
  private static Thread pollThread(Runnable r) {
    Thread t = new Thread(r, "watch-poll");
    t.setDaemon(true);
    return t;
  }

  private static void waitFor(Future<?> f) throws InterruptedException {
    try {
      f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * The sources in canonical form, OPML files replaced by their feeds; bad ones said and dropped.
   */
  private List<String> expand(List<String> sources) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : sources) {
      Path file = localFile(s);
      if (file != null) {
        byte[] bytes;
        try {
          if (Files.size(file) > fetcher.policy().maxBytes()) {
            problems.skip(s, null, "OPML file over " + fetcher.policy().maxBytes() + " bytes");
            continue;
          }
          bytes = Files.readAllBytes(file);
        } catch (IOException e) {
          problems.skip(s, null, "cannot read: " + Fetcher.oneLine(e.getMessage()));
          continue;
        }
        List<String> feeds = readers.get().opmlFeeds(s, bytes, problems);
        if (feeds != null) for (String f : feeds) canonicalSource(s, f).ifPresent(out::add);
        continue;
      }
      canonicalSource(null, s).ifPresent(out::add);
    }
    return new ArrayList<>(out);
  }

  private static Path localFile(String s) {
    if (s.contains("://") || s.indexOf(':') > 1) return null;
    try {
      Path p = Path.of(s);
      return Files.isRegularFile(p) ? p : null;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  private Optional<String> canonicalSource(String from, String url) {
    try {
      return Optional.of(Urls.canonical(url));
    } catch (Urls.BadUrl e) {
      problems.skip(
          from == null ? Urls.shown(url) : from,
          from == null ? null : Urls.shown(url),
          e.getMessage());
      return Optional.empty();
    }
  }

  private void pollSource(String src, Poll poll, boolean expandOpml) {
    Counts counts = poll.counts;
    SourceState st = state.source(src).orElse(SourceState.fresh(src));
    Instant now = Instant.now();
    if (held(st, now)) {
      counts.waiting.incrementAndGet();
      problems.warn(src, null, st.status() + "; not polled before then");
      return;
    }
    if (st.failures() > 0 && st.nextPoll() != null && now.isBefore(st.nextPoll())) {
      counts.waiting.incrementAndGet();
      problems.warn(
          src,
          null,
          "backing off after "
              + st.failures()
              + " failed poll(s) ("
              + st.status()
              + "); next poll after "
              + st.nextPoll());
      queuePending(src, poll);
      return;
    }
    counts.sources.incrementAndGet();
    Fetcher.Response r;
    try {
      r = fetcher.fetch(src, new Fetcher.Validators(st.etag(), st.lastModified()));
    } catch (FetchException e) {
      failed(st, now, e.getMessage(), e.retryAfter(), counts);
      queuePending(src, poll);
      return;
    }
    String kind = st.kind();
    String status;
    if (r.notModified()) {
      counts.notModified.incrementAndGet();
      status = "not modified";
    } else {
      WebReader.Kind k = WebReader.kind(r.body());
      List<String> links;
      switch (k) {
        case FEED -> {
          kind = "feed";
          links = feedLinks(src, r.body());
        }
        case SITEMAP, SITEMAP_INDEX -> {
          kind = "sitemap";
          links = sitemapLinks(src, r, k == WebReader.Kind.SITEMAP_INDEX);
        }
        case OPML -> {
          kind = "opml";
          List<String> feeds = readers.get().opmlFeeds(src, r.body(), problems);
          links = List.of();
          if (feeds != null && expandOpml) {
            for (String f : feeds) {
              Optional<String> c = canonicalSource(src, f);
              if (c.isPresent() && !c.get().equals(src)) {
                String feed = c.get();
                poll.queues.add(feed, () -> pollSource(feed, poll, false));
              }
            }
          }
        }
        case HTML -> {
          if ("feed".equals(st.kind()) || "sitemap".equals(st.kind()) || looksLikeFeed(src)) {
            failed(st, now, "expected a feed, got an HTML page", null, counts);
            queuePending(src, poll);
            return;
          }
          kind = "page";
          links = List.of();
          // The page is itself the article: kept now, and stored by the writer.
          state.fetched(src, src, 200, relCanonical(r), r.body(), r.contentType());
          counts.fetched.incrementAndGet();
          poll.storeSoon();
        }
        default -> {
          failed(st, now, "neither a feed, a sitemap, an OPML file nor an HTML page", null, counts);
          queuePending(src, poll);
          return;
        }
      }
      int added = links.isEmpty() ? 0 : state.addPending(src, links, appearedSince(st, now));
      counts.newLinks.addAndGet(added);
      status = "ok, " + links.size() + " link(s), " + added + " new";
    }
    state.saveSource(
        new SourceState(
            src,
            kind,
            r.notModified() ? st.etag() : r.etag(),
            r.notModified() ? st.lastModified() : r.lastModified(),
            now,
            now,
            0,
            now.plus(options.interval()),
            status));
    queuePending(src, poll);
  }

  /**
   * Since when the new links of a source appeared: its last good reading, unless it was never read
   * or not for more than two intervals (then its new links are a backlog, stored after what is
   * appearing now).
   */
  private Instant appearedSince(SourceState st, Instant now) {
    Instant last = st.lastOk();
    if (last == null || last.isBefore(now.minus(options.interval().multipliedBy(2)))) return null;
    return last;
  }

  private static final String HELD = "its host asked to wait until ";

  /** Whether a source is held back by its host's Retry-After on one of its links. */
  private static boolean held(SourceState st, Instant now) {
    return st.nextPoll() != null
        && now.isBefore(st.nextPoll())
        && st.status() != null
        && st.status().startsWith(HELD);
  }

  /** Puts a source off until its host's pause ends, without counting it as failing. */
  private void hold(String src, Duration pause, Integer httpStatus) {
    SourceState st = state.source(src).orElse(SourceState.fresh(src));
    Instant until = Instant.now().plus(pause);
    if (st.nextPoll() != null && st.nextPoll().isAfter(until)) until = st.nextPoll();
    state.saveSource(
        new SourceState(
            src,
            st.kind(),
            st.etag(),
            st.lastModified(),
            st.lastPoll(),
            st.lastOk(),
            st.failures(),
            until,
            HELD + until + (httpStatus == null ? "" : " (HTTP " + httpStatus + ")")));
  }

  /** A failed poll: counted, said in one line, and the next poll put off the longer the more. */
  private void failed(SourceState st, Instant now, String why, Duration retryAfter, Counts counts) {
    counts.failedSources.incrementAndGet();
    int failures = st.failures() + 1;
    Duration backoff = options.interval().multipliedBy(1L << Math.min(failures - 1, 10));
    if (backoff.compareTo(LONGEST_BACKOFF) > 0) backoff = LONGEST_BACKOFF;
    if (retryAfter != null && retryAfter.compareTo(backoff) > 0) backoff = retryAfter;
    Instant next = now.plus(backoff);
    problems.skip(
        st.source(),
        null,
        why
            + (failures > 1 ? " (" + failures + " polls in a row)" : "")
            + "; next poll after "
            + next);
    state.saveSource(
        new SourceState(
            st.source(),
            st.kind(),
            st.etag(),
            st.lastModified(),
            now,
            st.lastOk(),
            failures,
            next,
            why));
  }

  private List<String> feedLinks(String src, byte[] body) {
    WebReader.Feed feed = readers.get().feed(src, body, problems);
    if (feed == null) return List.of();
    List<String> out = new ArrayList<>();
    List<Integer> noLink = new ArrayList<>();
    URI base = URI.create(src);
    for (WebReader.Entry e : feed.entries()) {
      String link = e.url() != null ? e.url() : permalink(e.id());
      if (link == null) {
        noLink.add(e.position());
        continue;
      }
      try {
        out.add(Urls.canonical(base, link));
      } catch (Urls.BadUrl bad) {
        problems.skip(src, "item " + e.position(), Urls.shown(link) + ": " + bad.getMessage());
      }
    }
    if (!noLink.isEmpty())
      problems.skip(
          src,
          "item " + join(noLink),
          noLink.size() + " of " + feed.entries().size() + " feed item(s) have no link to fetch");
    return out;
  }

  /** An entry id that is itself a web address (RSS guid isPermaLink, Atom ids often are). */
  private static String permalink(String id) {
    return id != null && (id.startsWith("http://") || id.startsWith("https://")) ? id : null;
  }

  private List<String> sitemapLinks(String src, Fetcher.Response r, boolean index) {
    List<String> out = new ArrayList<>();
    SiteMapParser parser = new SiteMapParser(false);
    AbstractSiteMap map;
    try {
      // The fetcher has decompressed any gzip and the first bytes said XML: parsed as such, not by
      // the content type or the URL's .gz.
      map = parser.parseSiteMap(XML, r.body(), new URL(src));
    } catch (IOException | crawlercommons.sitemaps.UnknownFormatException | RuntimeException e) {
      problems.skip(src, null, "not a readable sitemap: " + Fetcher.oneLine(e.getMessage()));
      return out;
    }
    if (map instanceof SiteMapIndex idx) {
      int n = 0;
      for (AbstractSiteMap child : idx.getSitemaps()) {
        if (n++ >= options.maxSitemaps()) {
          problems.warn(
              src,
              null,
              "sitemap index lists "
                  + idx.getSitemaps().size()
                  + " sitemaps; only the first "
                  + options.maxSitemaps()
                  + " are read");
          break;
        }
        String childUrl;
        try {
          childUrl = Urls.canonical(child.getUrl().toString());
        } catch (Urls.BadUrl e) {
          problems.skip(src, Urls.shown(child.getUrl().toString()), e.getMessage());
          continue;
        }
        try {
          Fetcher.Response cr = fetcher.fetch(childUrl, Fetcher.Validators.NONE);
          AbstractSiteMap cm = parser.parseSiteMap(XML, cr.body(), new URL(childUrl));
          if (cm instanceof SiteMap sm) addUrls(childUrl, sm, out);
          else problems.skip(childUrl, null, "a sitemap index inside a sitemap index is not read");
        } catch (FetchException e) {
          problems.skip(childUrl, null, e.getMessage());
        } catch (IOException
            | crawlercommons.sitemaps.UnknownFormatException
            | RuntimeException e) {
          problems.skip(
              childUrl, null, "not a readable sitemap: " + Fetcher.oneLine(e.getMessage()));
        }
      }
    } else if (map instanceof SiteMap sm) {
      addUrls(src, sm, out);
    }
    if (out.isEmpty()) problems.warn(src, null, "the sitemap lists no URL that can be fetched");
    return out;
  }

  private void addUrls(String src, SiteMap sm, List<String> out) {
    int taken = 0;
    for (SiteMapURL u : sm.getSiteMapUrls()) {
      if (!u.isValid()) continue;
      if (taken++ >= MAX_URLS_PER_SITEMAP) {
        problems.warn(
            src,
            null,
            "the sitemap lists "
                + sm.getSiteMapUrls().size()
                + " URLs; only the first "
                + MAX_URLS_PER_SITEMAP
                + " are read");
        break;
      }
      try {
        out.add(Urls.canonical(u.getUrl().toString()));
      } catch (Urls.BadUrl e) {
        problems.skip(src, Urls.shown(u.getUrl().toString()), e.getMessage());
      }
    }
  }

  /**
   * Queues up to {@link Options#maxPerSource()} of a source's pending URLs, each on its host's
   * queue.
   */
  private void queuePending(String src, Poll poll) {
    for (String url : state.pending(src, options.maxPerSource()))
      poll.queues.add(url, () -> fetchOne(src, url, poll));
  }

  /**
   * Fetches one pending URL of a source and keeps the page for the writer; a host that asks to wait
   * leaves this source's other links on it for a later poll.
   */
  private void fetchOne(String src, String url, Poll poll) {
    Counts counts = poll.counts;
    String stopKey = src + " " + Fetcher.hostKey(url);
    if (Thread.currentThread().isInterrupted() || poll.stopped.contains(stopKey)) return;
    // An earlier page of this poll may have been this one under another URL (a redirect to it,
    // its rel=canonical): then it is no longer pending.
    Optional<FetchState.UrlRow> now = state.url(url);
    if (now.isPresent() && now.get().state() != UrlState.PENDING) return;
    Fetcher.Response r;
    try {
      r = fetcher.fetch(url, Fetcher.Validators.NONE);
    } catch (FetchException e) {
      if (e.kind() == FetchException.Kind.WAITING) {
        // Not tried, so not counted against the URL: this source's pending URLs wait for a later
        // poll.
        if (poll.stopped.add(stopKey))
          problems.warn(
              src,
              null,
              e.getMessage()
                  + "; "
                  + state.count(src, UrlState.PENDING)
                  + " link(s) left for a later poll");
        return;
      }
      if (e.passing()) {
        UrlState left = state.failedAttempt(url, e.status(), e.getMessage(), options.maxAttempts());
        if (left == UrlState.FAILED) counts.failedUrls.incrementAndGet();
        problems.skip(
            url,
            null,
            e.getMessage()
                + (left == UrlState.FAILED
                    ? "; given up after " + options.maxAttempts() + " tries"
                    : "; tried again at a later poll"));
        if (e.kind() == FetchException.Kind.BUSY && e.retryAfter() != null) {
          // The host asked for a pause: the source waits for it, across restarts too.
          hold(src, e.retryAfter(), e.status());
          poll.stopped.add(stopKey);
          return;
        }
      } else {
        counts.failedUrls.incrementAndGet();
        state.finish(
            url,
            e.kind() == FetchException.Kind.REFUSED ? UrlState.SKIPPED : UrlState.FAILED,
            e.status(),
            e.getMessage());
        problems.skip(url, null, e.getMessage());
      }
      return;
    }
    WebReader.Kind k = WebReader.kind(r.body());
    if (k != WebReader.Kind.HTML) {
      counts.failedUrls.incrementAndGet();
      String what = k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      state.finish(
          url,
          UrlState.SKIPPED,
          200,
          "an article link leads to "
              + (k == WebReader.Kind.OTHER ? "something other than a page" : "a " + what));
      problems.skip(
          url,
          null,
          "linked as an article but is "
              + (k == WebReader.Kind.OTHER ? "not an HTML page" : "a " + what));
      return;
    }
    String canonical = relCanonical(r);
    // Redirected without a rel=canonical: the last hop is the article's own URL, so that a link
    // straight to it is not fetched again.
    if (canonical == null && !r.url().equals(url)) canonical = r.url();
    if (canonical != null && !canonical.equals(url)) {
      Optional<FetchState.UrlRow> known = state.url(canonical);
      if (known.isPresent() && known.get().state() != UrlState.PENDING) {
        if (known.get().state() == UrlState.FAILED || known.get().state() == UrlState.SKIPPED) {
          // Never fetched whole under its own name: this copy stands for it.
          state.finish(canonical, UrlState.ALIAS, "reached as " + url);
        } else {
          counts.duplicates.incrementAndGet();
          state.finish(
              url,
              UrlState.DUPLICATE,
              200,
              "the page names " + canonical + " as canonical, already fetched");
          return;
        }
      } else if (known.isPresent()) {
        state.finish(canonical, UrlState.ALIAS, "reached as " + url);
      } else {
        state.addAlias(canonical, url, src);
      }
    }
    state.fetched(url, src, 200, canonical, r.body(), r.contentType());
    counts.fetched.incrementAndGet();
    poll.storeSoon();
  }

  /** The page's rel=canonical in canonical form, or null. */
  private static String relCanonical(Fetcher.Response r) {
    try {
      org.jsoup.nodes.Document d =
          Jsoup.parse(
              new String(
                  r.body(),
                  0,
                  Math.min(r.body().length, 256 * 1024),
                  java.nio.charset.StandardCharsets.ISO_8859_1),
              r.url());
      Element link = d.selectFirst("link[rel~=(?i)^canonical$][href]");
      if (link == null) return null;
      return Urls.canonical(URI.create(r.url()), link.attr("href"));
    } catch (Urls.BadUrl | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Stores the documents of the fetched pages waiting in the store, a batch at a time, the links
   * found last first; each batch is read afresh, so a page fetched while a batch is stored goes
   * into the next one.
   */
  private void storeFetched(Counts counts) {
    List<Document> docs = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    // The batch being committed while the next one is prepared (when the articles prepare).
    Future<?> committing = null;
    try {
      while (!Thread.currentThread().isInterrupted()) {
        int busy = inBatch.size();
        int want = batchFor(options.batch(), Math.max(0, state.countFetched() - busy));
        List<FetchState.FetchedPage> pages = new ArrayList<>(state.fetchedPages(want + busy));
        pages.removeIf(p -> inBatch.contains(p.url()));
        if (pages.size() > want) pages = pages.subList(0, want);
        if (pages.isEmpty()) return;
        for (FetchState.FetchedPage p : pages) {
          Document d = readers.get().page(p.url(), p.body(), charset(p.contentType()), problems);
          if (d == null) {
            state.finish(p.url(), UrlState.SKIPPED, "no article text found in the page");
            counts.failedUrls.incrementAndGet();
            continue;
          }
          docs.add(d);
          urls.add(p.url());
        }
        if (docs.isEmpty()) continue;
        Prepared prepared = articles.prepare(List.copyOf(docs));
        if (prepared == null) {
          store(docs, urls, counts);
          continue;
        }
        List<String> batchUrls = List.copyOf(urls);
        inBatch.addAll(batchUrls);
        docs.clear();
        urls.clear();
        try {
          finish(committing); // one commit at a time, in the order prepared
        } catch (RuntimeException | Error e) {
          inBatch.removeAll(batchUrls);
          throw e;
        }
        committing =
            committer.submit(
                () -> {
                  try {
                    record(prepared.commit(), batchUrls, counts);
                  } finally {
                    inBatch.removeAll(batchUrls);
                  }
                });
      }
    } finally {
      finish(committing);
    }
  }

  /**
   * Waits for a commit to end, even when interrupted (the interrupt is kept), so that a batch under
   * way is stored before its poll ends; its failure is thrown here.
   */
  private static void finish(Future<?> commit) {
    if (commit == null) return;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          waitFor(commit);
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  /**
   * Documents per store when {@code waiting} fetched pages wait: the options' batch, larger in a
   * backlog (a quarter of what waits, at most three times the batch), so that more articles share
   * each commit, search-index flush and update of the picture while the first of the batch would
   * wait behind the others anyway; what has just appeared still goes first.
   */
  static int batchFor(int batch, int waiting) {
    return Math.max(batch, Math.min(3 * batch, waiting / 4));
  }

  private void store(List<Document> docs, List<String> urls, Counts counts) {
    record(articles.store(List.copyOf(docs)), urls, counts);
    docs.clear();
    urls.clear();
  }

  /** Records in the fetch state what each stored page's document became. */
  private void record(List<Ingested> done, List<String> urls, Counts counts) {
    for (int i = 0; i < done.size(); i++) {
      Ingested in = done.get(i);
      state.stored(urls.get(i), in.id());
      if (in.isNew()) counts.stored.incrementAndGet();
      else counts.already.incrementAndGet();
    }
  }

  private static String charset(String contentType) {
    return new Fetcher.Response("", 200, contentType, null, null, null).charset();
  }

  /** A URL whose path says it is a feed or a sitemap, so an HTML answer is an error page. */
  static boolean looksLikeFeed(String url) {
    String path = URI.create(url).getPath().toLowerCase(Locale.ROOT);
    return path.matches(".*\\.(rss|xml|atom|rdf|json)(\\.gz)?")
        || path.matches(".*/(feeds?|rss|atom)(/.*)?");
  }

  private static String join(List<Integer> numbers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < numbers.size() && i < 10; i++)
      sb.append(i == 0 ? "" : ",").append(numbers.get(i));
    if (numbers.size() > 10) sb.append(",…");
    return sb.toString();
  }
}
