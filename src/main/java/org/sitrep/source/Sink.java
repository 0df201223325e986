package org.sitrep.source;

import java.util.function.Consumer;
import org.sitrep.clean.DateInference;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Problems;

/**
 * Where the readers of one input put their documents and problems; counts both for {@link
 * ReadStats}.
 */
final class Sink {
  private final String file;
  private final Problems problems;
  private final Consumer<Document> out;
  private long documents;
  private long skipped;
  // A warning about a document that may still be dropped: one problem per bad input, never a
  // warning and a skip.
  private String pendingWhere;
  private String pendingReason;

  Sink(String file, Problems problems, Consumer<Document> out) {
    this.file = file;
    this.problems = problems;
    this.out = out;
  }

  String file() {
    return file;
  }

  void emit(Document d) {
    flush();
    documents++;
    Document dated = DateInference.apply(d);
    try {
      out.accept(dated);
    } catch (RuntimeException e) {
      // The caller's consumer failed: that is not bad input, so it must not be reported as a
      // problem with this file.
      throw new ConsumerFailure(e);
    }
  }

  void skip(String where, String reason) {
    pendingReason = null;
    skipped++;
    problems.skip(file, where, reason);
  }

  void warn(String where, String reason) {
    problems.warn(file, where, reason);
  }

  /**
   * A warning that is reported when the document it concerns is emitted, and dropped if it is
   * skipped instead.
   */
  void warnUnlessSkipped(String where, String reason) {
    flush();
    pendingWhere = where;
    pendingReason = reason;
  }

  /** Forgets a pending warning: the input broke off and gets one problem saying so. */
  void dropPending() {
    pendingReason = null;
  }

  /** Reports a pending warning; called before each document and at the end of the input. */
  void flush() {
    if (pendingReason != null) problems.warn(file, pendingWhere, pendingReason);
    pendingReason = null;
  }

  long documents() {
    return documents;
  }

  long skipped() {
    return skipped;
  }

  /**
   * An exception's message in one short line: parser messages can quote raw bytes and run over many
   * lines.
   */
  static String brief(Throwable e) {
    String msg = e.getMessage() == null ? "" : e.getMessage();
    msg = msg.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    if (msg.length() > 160) msg = msg.substring(0, 157) + "...";
    return e.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
  }

  /** Carries an exception thrown by the caller's consumer past the readers' own error handling. */
  static final class ConsumerFailure extends RuntimeException {
    ConsumerFailure(RuntimeException cause) {
      super(cause);
    }
  }
}
