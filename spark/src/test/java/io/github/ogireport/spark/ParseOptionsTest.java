package io.github.ogireport.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParseOptionsTest {

    @Test
    void partitionsFollowTheInputsAndTheCores() {
        ParseOptions auto = ParseOptions.defaults();
        assertEquals(6, auto.partitionsFor(37, 2), "a few tasks per core");
        assertEquals(3, auto.partitionsFor(3, 2), "never more tasks than inputs");
        assertEquals(1, auto.partitionsFor(0, 2));
        assertEquals(1000, auto.partitionsFor(1_000_000, 64), "about a thousand inputs per task on a large archive");
        assertEquals(7, auto.withPartitions(7).partitionsFor(1_000_000, 64));
    }
}
