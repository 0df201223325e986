package org.sitrep.query;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * An immutable map made of a large base and a small layer of keys added since, so that a map of
 * every stored document can take a few more documents without being copied: adding copies only the
 * layer, and the layer folds into a new base once it holds an eighth of it (each entry is copied a
 * bounded number of times on average). Keys added must not be in the map already.
 */
final class Layered<K, V> extends AbstractMap<K, V> {
  private static final int MIN_LAYER = 4_096;

  private final Map<K, V> base;
  private final Map<K, V> layer;

  private Layered(Map<K, V> base, Map<K, V> layer) {
    this.base = base;
    this.layer = layer;
  }

  /** A map holding {@code entries} (not copied: the caller hands them over). */
  static <K, V> Layered<K, V> of(Map<K, V> entries) {
    return new Layered<>(entries, Map.of());
  }

  /** This map with {@code more} added, keys not in it yet; this one is left as it was. */
  Layered<K, V> with(Map<K, V> more) {
    if (more.isEmpty()) return this;
    if (layer.size() + more.size() > Math.max(MIN_LAYER, base.size() / 8)) {
      Map<K, V> all = new HashMap<>(base);
      all.putAll(layer);
      all.putAll(more);
      return new Layered<>(all, Map.of());
    }
    Map<K, V> next = new HashMap<>(layer);
    next.putAll(more);
    return new Layered<>(base, next);
  }

  @Override
  public V get(Object key) {
    V v = layer.get(key);
    return v != null ? v : base.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return layer.containsKey(key) || base.containsKey(key);
  }

  @Override
  public int size() {
    return base.size() + layer.size();
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<K, V>> iterator() {
        Iterator<Entry<K, V>> a = base.entrySet().iterator(), b = layer.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return a.hasNext() || b.hasNext();
          }

          @Override
          public Entry<K, V> next() {
            Entry<K, V> e = a.hasNext() ? a.next() : b.next();
            return Map.entry(e.getKey(), e.getValue());
          }
        };
      }

      @Override
      public int size() {
        return Layered.this.size();
      }
    };
  }
}
