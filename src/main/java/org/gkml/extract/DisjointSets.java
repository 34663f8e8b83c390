package org.gkml.extract;

/**
 * Union-find over an array of parents ({@code parent[i] == i} for a root), as the grid builders use it to join
 * line pieces and cells: the array stays the caller's, so it can be passed on and read where it is built.
 */
public final class DisjointSets {

    private DisjointSets() {
    }

    /** The root of {@code i}'s set, halving the path on the way. */
    public static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}; the smaller index becomes the root, so roots follow reading order. */
    public static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
