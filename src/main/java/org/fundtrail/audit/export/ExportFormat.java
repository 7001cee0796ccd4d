package org.fundtrail.audit.export;

import org.springframework.http.MediaType;

import java.util.Locale;

/** The file formats an export can be downloaded in. */
public enum ExportFormat {

    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), new CsvRenderer()),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), new XlsxRenderer());

    private final String extension;
    private final MediaType mediaType;
    private final Renderer renderer;

    ExportFormat(String extension, MediaType mediaType, Renderer renderer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.renderer = renderer;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public Renderer renderer() {
        return renderer;
    }

    /** "csv" or "xlsx" (any case), as in a download's file name. */
    public static ExportFormat ofExtension(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension == null ? null : extension.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("exports are csv or xlsx, not '" + extension + "'");
    }
}
