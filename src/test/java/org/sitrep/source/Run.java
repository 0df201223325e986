package org.sitrep.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.Problems;

/** One {@link Sources#read} call and what came out of it, for the tests. */
record Run(ReadStats stats, List<Document> documents, List<Problem> problems) {
  static Run of(Path... paths) {
    return of(SourceLimits.DEFAULT, new ByteArrayInputStream(new byte[0]), paths);
  }

  static Run of(SourceLimits limits, InputStream stdin, Path... paths) {
    List<String> names = new ArrayList<>();
    for (Path p : paths) names.add(p == null ? "-" : p.toString());
    Problems problems = Problems.silent();
    List<Document> docs = new ArrayList<>();
    ReadStats stats = new Sources(problems, limits, stdin).read(names, docs::add);
    return new Run(stats, docs, problems.all());
  }

  static Run stdin(byte[] bytes) {
    return of(SourceLimits.DEFAULT, new ByteArrayInputStream(bytes), (Path) null);
  }

  Document only() {
    if (documents.size() != 1)
      throw new AssertionError("expected one document, got " + documents + " " + problems);
    return documents.get(0);
  }

  Problem onlyProblem() {
    if (problems.size() != 1) throw new AssertionError("expected one problem, got " + problems);
    return problems.get(0);
  }

  static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  static Path gzip(Path file, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }
}
