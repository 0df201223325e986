package org.sitrep.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens an input's bytes, as stored (gzipped or not), from a byte offset; each call gives a new
 * stream that the reader closes. For inputs that are not local files (HDFS, S3, any Hadoop file
 * system): being able to open the input again at an offset is what lets the WARC reader resume
 * after a damaged record, which a stream read once cannot.
 */
@FunctionalInterface
public interface StreamOpener {
  InputStream openAt(long offset) throws IOException;
}
