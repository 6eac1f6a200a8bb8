package it.convergo.assignment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * Maps ids given as byte ranges to indices without allocating on a hit, so reading ten million
 * rows creates one String per distinct id only. Open addressing, linear probing.
 */
final class IdTable {

    private final ToIntFunction<String> register;
    private int[] slots = new int[1024];
    private byte[][] keys = new byte[1024][];
    private int[] indices = new int[1024];
    private int size;

    /** @param register called once per new id, returns that id's index */
    IdTable(ToIntFunction<String> register) {
        this.register = register;
        Arrays.fill(slots, -1);
    }

    int index(byte[] buf, int start, int end) {
        int hash = hash(buf, start, end);
        int mask = slots.length - 1;
        for (int at = hash & mask; ; at = (at + 1) & mask) {
            int entry = slots[at];
            if (entry < 0) {
                return add(Arrays.copyOfRange(buf, start, end), at);
            }
            if (Arrays.equals(keys[entry], 0, keys[entry].length, buf, start, end)) {
                return indices[entry];
            }
        }
    }

    private int add(byte[] key, int slot) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            indices = Arrays.copyOf(indices, size * 2);
        }
        keys[size] = key;
        indices[size] = register.applyAsInt(new String(key, StandardCharsets.UTF_8));
        slots[slot] = size;
        int index = indices[size++];
        if (size * 2 > slots.length) {
            rehash();
        }
        return index;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int at = hash(keys[entry], 0, keys[entry].length) & mask;
            while (slots[at] >= 0) {
                at = (at + 1) & mask;
            }
            slots[at] = entry;
        }
    }

    private static int hash(byte[] buf, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + buf[i];
        }
        return h ^ (h >>> 16);
    }
}
