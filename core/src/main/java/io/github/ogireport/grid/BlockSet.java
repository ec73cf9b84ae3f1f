package io.github.ogireport.grid;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Iterator;

/**
 * The indexes of the blocks that belong to tables, as bits: a report marks a few hundred values' blocks, and the
 * section text then asks about every block, so neither needs boxing or hashing.
 */
final class BlockSet extends AbstractSet<Integer> {
    private final BitSet bits = new BitSet();
    private int size;

    /** Adds a block index (not negative). */
    void add(int block) {
        if (!bits.get(block)) {
            bits.set(block);
            size++;
        }
    }

    @Override
    public boolean add(Integer block) {
        int before = size;
        add(block.intValue());
        return size > before;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer block && block >= 0 && bits.get(block);
    }

    @Override
    public int size() {
        return size;
    }

    /** In ascending order. */
    @Override
    public Iterator<Integer> iterator() {
        return bits.stream().iterator();
    }
}
