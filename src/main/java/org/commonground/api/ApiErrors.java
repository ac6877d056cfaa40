package org.commonground.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.commonground.security.SecurityEventKind;
import org.commonground.security.SecurityEvents;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's answers when a call cannot be served, always JSON: 404 for a record that does not exist and for
 * anything beyond the token owner's rights (the same answer, so a token cannot probe what exists), 400 naming
 * the parameter for bad input. 401 comes before any of this, from the API's filter chain.
 */
@RestControllerAdvice(assignableTypes = ReadApiController.class)
class ApiErrors {

    private final SecurityEvents events;

    ApiErrors(SecurityEvents events) {
        this.events = events;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ApiJson.Problem> notFound(RecordNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not_found", "Not found.", null);
    }

    /** A call this role may not make (a partner user's token asking for the rubric or a library list). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiJson.Problem> refused(AccessDeniedException e, HttpServletRequest request) {
        events.record(
                SecurityEventKind.ACCESS_REFUSED,
                null,
                request.getRequestURI(),
                "not for this role, answered not found");
        return problem(HttpStatus.NOT_FOUND, "not_found", "Not found.", null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiJson.Problem> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid", e.getMessage(), e.fieldMessages());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiJson.Problem> mismatch(MethodArgumentTypeMismatchException e) {
        String message = "Not a valid value for " + e.getName() + ".";
        return problem(HttpStatus.BAD_REQUEST, "invalid", message, Map.of(e.getName(), message));
    }

    /** Anything unforeseen: logged with its cause, answered as JSON (never the sign-in page's redirect). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiJson.Problem> failed(Exception e, HttpServletRequest request) {
        LoggerFactory.getLogger(ApiErrors.class).error("API request {} failed", request.getRequestURI(), e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "server_error", "The server could not answer this request.", null);
    }

    private static ResponseEntity<ApiJson.Problem> problem(
            HttpStatus status, String error, String message, Map<String, String> fields) {
        return ResponseEntity.status(status).body(new ApiJson.Problem(status.value(), error, message, fields));
    }
}
