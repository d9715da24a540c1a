package org.eventdesk.web.api;

import java.io.IOException;

/** Thrown while reading a request body that grew past the limit; answered with 413. */
public class PayloadTooLargeException extends IOException {
    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + (limit / (1024 * 1024)) + " MB.");
    }
}
