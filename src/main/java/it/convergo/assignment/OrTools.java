package it.convergo.assignment;

import com.google.ortools.Loader;

/** Loads the OR-Tools native library once per JVM, on first use. */
public final class OrTools {

    private OrTools() {
    }

    public static void load() {
        Holder.touch();
    }

    private static final class Holder {
        static {
            Loader.loadNativeLibraries();
        }

        static void touch() {
            // class initialisation above does the work exactly once
        }
    }
}
