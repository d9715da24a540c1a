package org.eventdesk.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 5 MB with 413: at once when the declared length says so, otherwise (chunked
 * uploads) as soon as reading passes the limit, before the rest is buffered. An archive import
 * ({@code POST /api/v1/imports}) is the one body allowed to be large: up to {@link #MAX_IMPORT_BYTES}, streamed to
 * a file rather than held in memory.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final long MAX_IMPORT_BYTES = 1024L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean archive = request.getUriInfo().getPath().replaceAll("^/+", "").startsWith("v1/imports");
        long limit = archive ? MAX_IMPORT_BYTES : MAX_BYTES;
        if (request.getLength() > limit) {
            request.abortWith(Problem.of(
                            413,
                            "Request body too large",
                            archive
                                    ? "The archive is larger than 1 GB; split it into files of at most 1 GB."
                                    : "The request body is larger than 5 MB; send sources of at most 5 MB.")
                    .type("payload-too-large")
                    .toResponse());
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
