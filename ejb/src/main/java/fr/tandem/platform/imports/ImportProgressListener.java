package fr.tandem.platform.imports;

/**
 * Told how far a running import has gone: once the file is read (nothing written yet),
 * then after each batch of lines written. It may be called from another thread than the caller's.
 */
@FunctionalInterface
public interface ImportProgressListener {

    /** For an import nobody watches. */
    ImportProgressListener NONE = (written, total) -> { };

    void linesWritten(int written, int total);
}
