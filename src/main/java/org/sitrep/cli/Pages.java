package org.sitrep.cli;

import org.sitrep.store.Page;

/** Paging options checked with a user-facing message. */
final class Pages {
  private Pages() {}

  static Page of(int offset, int limit) {
    try {
      return new Page(offset, limit);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
