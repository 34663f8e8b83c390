package org.gkml.server;

/** A request the API refuses, with the HTTP status and the message the client sees (as JSON). */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** A refusal for a reason on the server's side ({@code cause}), which the server log names and the client does not see. */
    ApiException(int status, String message, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
