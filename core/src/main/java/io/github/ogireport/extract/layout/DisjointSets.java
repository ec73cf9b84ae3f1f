package io.github.ogireport.extract.layout;

/**
 * Disjoint sets of the numbers {@code 0..n-1} (union-find with path halving): which ruling lines touch one another,
 * which grid cells merge into one. Public for {@code extract.image}; not API.
 */
public final class DisjointSets {
    private final int[] parent;

    /** {@code n} sets of one number each; {@code n} the count of numbers. */
    public DisjointSets(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    /** The number that stands for the set of {@code i}. */
    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}. */
    public void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
