package org.fundtrail.audit.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link TabularExport} to a stream in one file format, row by row as the rows arrive. */
public interface Renderer {

    /** Writes the whole file; flushes but does not close {@code out}. */
    <T> void render(TabularExport<T> export, OutputStream out) throws IOException;
}
