package org.sitrep.source;

/**
 * Bounds on what one input may cost. {@code maxDocumentBytes} caps one document's raw bytes (a
 * page, a text file, a feed, a JSON line, a WARC payload) after decompression; anything larger is
 * skipped with a problem, which also stops gzip bombs. News pages are rarely above 3 MB, so the
 * default of 10 MiB leaves room without letting one page take gigabytes of heap in the HTML parser.
 */
public record SourceLimits(long maxDocumentBytes) {
  public static final SourceLimits DEFAULT = new SourceLimits(10L << 20);

  public SourceLimits {
    if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be between 1 and 2 GiB: " + maxDocumentBytes);
    }
  }

  String describe() {
    long mib = maxDocumentBytes >> 20;
    return mib > 0 ? mib + " MiB" : maxDocumentBytes + " bytes";
  }
}
