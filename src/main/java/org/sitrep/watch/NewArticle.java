package org.sitrep.watch;

import org.sitrep.model.Annotated;

/**
 * Told of each article a watch stores for the first time, after it is stored and the picture is up
 * to date: where topics and alerts attach.
 */
@FunctionalInterface
public interface NewArticle {
  void arrived(Annotated article);
}
