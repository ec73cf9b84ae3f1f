package io.github.ogireport.grid;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table blocks as bits are the set of those block indexes. */
class BlockSetTest {
    @Test
    void isTheSetOfItsBlocks() {
        BlockSet blocks = new BlockSet();
        Set<Integer> expected = new HashSet<>();
        for (int b : new int[] {5, 0, 64, 5, 63, 1000, 64}) {
            assertEquals(expected.add(b), blocks.add((Integer) b));
            blocks.add(b);
        }
        assertEquals(expected, blocks);
        assertEquals(blocks, expected);
        assertEquals(expected.hashCode(), blocks.hashCode());
        assertEquals(5, blocks.size());
        assertEquals(List.of(0, 5, 63, 64, 1000), List.copyOf(blocks));
        assertTrue(blocks.contains(63));
        assertFalse(blocks.contains(62));
        assertFalse(blocks.contains(-1));
        assertFalse(blocks.contains(2000));
        assertFalse(blocks.contains("5"));
    }
}
