package it.convergo.proposal;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A MinHash signature of a text: lower case, accents folded, punctuation removed, overlapping word
 * {@link #SHINGLE}-grams; the share of equal positions of two signatures estimates the Jaccard similarity of
 * their shingle sets. Texts too short to tell anything apart have no signature.
 */
final class TextFingerprint {

    static final int HASHES = 128;
    static final int SHINGLE = 3;
    /** Fewer shingles than this (a few lines) would flag any two short, formulaic texts. */
    static final int MIN_SHINGLES = 20;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private TextFingerprint() {
    }

    static String normalise(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The signature, or null for a text with fewer than {@link #MIN_SHINGLES} shingles. */
    static int[] signature(String text) {
        String normal = normalise(text);
        String[] words = normal.isEmpty() ? new String[0] : normal.split(" ");
        int shingles = words.length - SHINGLE + 1;
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = fnv(words[i]);
        }
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (int s = 0; s < shingles; s++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) {
                h = h * 0x9E3779B97F4A7C15L + wordHashes[s + k];
            }
            for (int i = 0; i < HASHES; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return min;
    }

    /** The estimated Jaccard similarity, 0 to 1. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    static String encode(int[] signature) {
        if (signature == null) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(HASHES * Integer.BYTES);
        bytes.asIntBuffer().put(signature);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    static int[] decode(String stored) {
        int[] signature = new int[HASHES];
        ByteBuffer.wrap(Base64.getDecoder().decode(stored)).asIntBuffer().get(signature);
        return signature;
    }

    private static long fnv(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit changes about half the output bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Fixed seeds (stored signatures must stay comparable across restarts and nodes). */
    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            seeds[i] = x;
        }
        return seeds;
    }
}
