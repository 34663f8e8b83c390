package org.gkml.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoundedMemoTest {

    @Test
    void anAnswerIsComputedOnceWhileRemembered() {
        List<String> asked = new ArrayList<>();
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(4, s -> {
            asked.add(s);
            return s.length();
        });
        assertEquals(3, memo.get("abc"));
        assertEquals(3, memo.get("abc"));
        assertEquals(1, memo.get("a"));
        assertEquals(List.of("abc", "a"), asked);
    }

    @Test
    void whenFullItStartsAgain() {
        List<Integer> asked = new ArrayList<>();
        BoundedMemo<Integer, Integer> memo = new BoundedMemo<>(2, n -> {
            asked.add(n);
            return n * n;
        });
        memo.get(1);
        memo.get(2);
        memo.get(3);   // full: forgets 1 and 2
        memo.get(3);
        memo.get(1);
        assertEquals(List.of(1, 2, 3, 1), asked);
    }

    @Test
    void aCapacityBelowOneIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo<String, String>(0, s -> s));
    }
}
