package org.sitrep.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.clean.TextArticleCleaner;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Problems;

/**
 * The entry point for reading inputs: files, directories and stdin, in any supported format,
 * gzipped or not. Each input that cannot be read, or can be read only in part, gets one {@link
 * org.sitrep.pipeline.Problem} and the run goes on; only misuse by the caller (null arguments)
 * throws, and an exception thrown by the caller's consumer is passed on unchanged. An instance
 * keeps no state between calls; use one per thread.
 *
 * <pre>{@code
 * Problems problems = new Problems(p -> System.err.println(p.line()));
 * ReadStats stats = new Sources(problems).read(List.of("examples/", "feeds/news.rss.gz", "-"), documents::add);
 * }</pre>
 */
public final class Sources {
  /**
   * Documentation that ships beside a corpus is not an article; named explicitly, such a file is
   * still read.
   */
  private static final Pattern NOT_AN_ARTICLE =
      Pattern.compile("(?i)(readme|license|licence|notice|changelog|copying)(\\.[a-z0-9]+)?");

  private final Problems problems;
  private final SourceLimits limits;
  private final InputStream stdin;
  private final TextFiles text;
  private final HtmlPages html;
  private final XmlFeeds xmlFeeds;
  private final JsonFeeds jsonFeeds;
  private final JsonLines jsonLines;
  private final WarcFiles warc;

  public Sources(Problems problems) {
    this(problems, SourceLimits.DEFAULT);
  }

  public Sources(Problems problems, SourceLimits limits) {
    this(problems, limits, System.in);
  }

  Sources(Problems problems, SourceLimits limits, InputStream stdin) {
    this.problems = Objects.requireNonNull(problems, "problems");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    HtmlExtractor extractor = new HtmlExtractor();
    TextArticleCleaner cleaner = new TextArticleCleaner();
    FeedItems items = new FeedItems();
    this.text = new TextFiles(cleaner);
    this.html = new HtmlPages(extractor);
    this.xmlFeeds = new XmlFeeds(items);
    this.jsonFeeds = new JsonFeeds(items);
    this.jsonLines = new JsonLines(cleaner, extractor, limits);
    this.warc = new WarcFiles(html, limits);
  }

  /** Reads each path: a file, a directory (walked recursively, sorted), or "-" for stdin. */
  public ReadStats read(List<String> paths, Consumer<Document> out) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(out, "out");
    Counts counts = new Counts();
    Set<Path> visited = new HashSet<>();
    for (String p : paths) {
      Objects.requireNonNull(p, "a path in paths is null");
      if (p.equals("-")) {
        read("-", () -> Input.of("-", stdin), out, counts);
        continue;
      }
      Path path;
      try {
        path = Path.of(p);
      } catch (InvalidPathException e) {
        problems.skip(p, null, "not a valid path: " + e.getReason());
        counts.skipped++;
        continue;
      }
      visit(path, true, out, counts, visited);
    }
    return new ReadStats(counts.inputs, counts.documents, counts.skipped);
  }

  /**
   * Reads one input from storage that is not a local file (HDFS, S3, any Hadoop file system), as
   * {@link #read(List, Consumer)} reads a file: {@code name} (a path or URI) picks the kind by its
   * extension, as a file name does, and names the input in problems and in each document's source.
   * The opener is called again to resume a WARC file after a damaged record.
   */
  public ReadStats read(String name, StreamOpener opener, Consumer<Document> out) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
    Objects.requireNonNull(out, "out");
    Counts counts = new Counts();
    read(name, () -> Input.open(name, opener), out, counts);
    return new ReadStats(counts.inputs, counts.documents, counts.skipped);
  }

  /**
   * Reads one input from a stream that can be read only once, as stdin is read: a damaged WARC
   * record ends the input. The caller closes the stream.
   */
  public ReadStats read(String name, InputStream in, Consumer<Document> out) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Counts counts = new Counts();
    read(name, () -> Input.of(name, in), out, counts);
    return new ReadStats(counts.inputs, counts.documents, counts.skipped);
  }

  /**
   * Whether a directory walk passes over a file of this name: hidden files, and documentation that
   * ships beside a corpus (README, LICENSE, ...). For callers that list directories themselves,
   * such as a distributed job.
   */
  public static boolean walksPast(String fileName) {
    return fileName.startsWith(".") || NOT_AN_ARTICLE.matcher(fileName).matches();
  }

  private static final class Counts {
    long inputs, documents, skipped;
  }

  /** Opens an input; opening sniffs the first bytes, so it can fail like reading. */
  private interface Opening {
    Input open() throws IOException;
  }

  private void visit(
      Path path, boolean named, Consumer<Document> out, Counts counts, Set<Path> visited) {
    if (Files.isDirectory(path)) {
      walk(path, out, counts, visited);
    } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) || named) {
      read(path.toString(), () -> Input.open(path), out, counts);
    }
  }

  private void walk(Path dir, Consumer<Document> out, Counts counts, Set<Path> visited) {
    List<Path> children;
    try {
      // Symbolic links may loop back to a parent; each real directory is walked once.
      if (!visited.add(dir.toRealPath())) return;
      try (Stream<Path> s = Files.list(dir)) {
        children = s.sorted(Comparator.comparing(Path::toString)).toList();
      }
    } catch (IOException e) {
      problems.skip(dir.toString(), null, "cannot read directory: " + reason(e));
      counts.skipped++;
      return;
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (walksPast(name)) continue;
      visit(child, false, out, counts, visited);
    }
  }

  private void read(String name, Opening opening, Consumer<Document> out, Counts counts) {
    counts.inputs++;
    Sink sink = new Sink(name, problems, out);
    boolean gzip = false;
    try (Input in = opening.open()) {
      gzip = in.gzip();
      dispatch(in, sink);
    } catch (Sink.ConsumerFailure f) {
      throw (RuntimeException) f.getCause();
    } catch (TooLargeException e) {
      fail(sink, e.getMessage());
    } catch (EOFException e) {
      fail(sink, gzip ? "truncated gzip file" : "unexpected end of file");
    } catch (ZipException e) {
      fail(sink, "corrupt gzip data: " + Sink.brief(e));
    } catch (IOException e) {
      fail(sink, reason(e));
    } catch (RuntimeException e) {
      // A parser bug on odd input must not end a run over thousands of files; the message names
      // what broke.
      fail(sink, "could not be read: " + Sink.brief(e));
    } catch (StackOverflowError e) {
      // Recursive tree walks in parsers can overflow on absurdly nested markup; that is bad input,
      // not a crash.
      fail(sink, "too deeply nested to read");
    } finally {
      sink.flush();
      counts.documents += sink.documents();
      counts.skipped += sink.skipped();
    }
  }

  /**
   * An input that broke off: skipped if nothing came of it, else read in part, with the rest noted
   * as lost.
   */
  private static void fail(Sink sink, String reason) {
    sink.dropPending();
    if (sink.documents() == 0) sink.skip(null, reason);
    else
      sink.warn(
          null,
          reason
              + "; the rest of the file was not read after "
              + sink.documents()
              + " document(s)");
  }

  private void dispatch(Input in, Sink sink) throws IOException {
    if (in.head().length == 0) {
      if (in.headFailure() != null) throw in.headFailure();
      sink.skip(null, "empty file");
      return;
    }
    InputKind kind = InputKind.of(in.name(), in.head());
    switch (kind) {
      case WARC -> warc.read(in, sink);
      case BINARY -> sink.skip(null, "binary data, not text, HTML, a feed, JSON Lines or WARC");
      case JSON_LINES ->
          jsonLines.read(new java.io.BufferedInputStream(in.content(), 64 * 1024), sink);
      default -> readWhole(kind, in, sink);
    }
  }

  private void readWhole(InputKind kind, Input in, Sink sink) throws IOException {
    byte[] bytes = Bytes.readAll(in.content(), limits);
    int nuls = Bytes.strayNuls(bytes);
    if (nuls > 0) {
      bytes = Bytes.withoutNuls(bytes, nuls);
      sink.warn(null, nuls + " NUL byte(s) removed from otherwise readable text");
    }
    if (Bytes.isBlank(bytes)) {
      sink.skip(null, "empty file");
      return;
    }
    switch (kind) {
      case TEXT -> text.read(bytes, sink);
      case HTML -> html.read(bytes, sink);
      case XML_FEED -> xmlFeeds.read(bytes, sink);
      case JSON_FEED -> jsonFeeds.read(bytes, sink);
      default -> throw new IllegalStateException("unhandled input kind " + kind);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or directory";
    String msg = e.getMessage();
    return msg == null ? e.getClass().getSimpleName() : msg.toLowerCase(Locale.ROOT);
  }
}
