package org.gkml.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure, costly function, remembered per input and shared by threads. A batch asks about the same
 * inputs over and over (a header label, a line break, a font name), so remembering pays; the memory is bounded by
 * starting again when full, which keeps no order to update on every hit. Two threads may both compute an answer
 * missing when they ask; either one is right.
 */
public final class BoundedMemo<K, V> {

    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<K, V> compute;

    /** @param compute never returns null */
    public BoundedMemo(int capacity, Function<K, V> compute) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        this.capacity = capacity;
        this.compute = compute;
    }

    public V get(K key) {
        V v = known.get(key);
        if (v != null) return v;
        if (known.size() >= capacity) known.clear();
        v = compute.apply(key);
        known.put(key, v);
        return v;
    }
}
