package org.sitrep.source;

import java.io.IOException;

/** One document is larger than {@link SourceLimits#maxDocumentBytes()}. */
final class TooLargeException extends IOException {
  TooLargeException(SourceLimits limits) {
    super("larger than the " + limits.describe() + " limit for one document");
  }
}
