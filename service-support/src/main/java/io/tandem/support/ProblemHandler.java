package io.tandem.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanConflictException;
import io.tandem.plan.error.PlanRejectedException;
import java.net.URI;
import java.util.Locale;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where failures become RFC 9457 problem+json responses, each with a stable
 * {@code code} and, where one input is at fault, the {@code field} that names it.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(PlanRejectedException.class)
    public ResponseEntity<Object> handleRejection(PlanRejectedException rejection) {
        ProblemDetail problem = ProblemFactory.problem(rejection.code(), rejection.field(), rejection.getMessage());
        if (rejection instanceof PlanConflictException conflict) {
            problem.setProperty("conflict", conflict.conflict());
        }
        if (rejection.code().status() == 404) {
            // Clients poll the read side for plans that are not projected yet, so these stay at debug.
            log.debug("Rejected with {}: {}", rejection.code(), rejection.getMessage());
        } else {
            log.info("Rejected with {} ({}): {}", rejection.code(), rejection.field(), rejection.getMessage());
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** Unwraps a command handler's rejection, which arrives wrapped when it crossed a distributed command bus. */
    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<Object> handleCommandFailure(CommandExecutionException failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof PlanRejectedException)) {
            cause = cause.getCause();
        }
        if (cause instanceof PlanRejectedException rejection) {
            return handleRejection(rejection);
        }
        throw failure;
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    public ResponseEntity<Object> handleVersionMismatch(ConflictingAggregateVersionException failure) {
        if (failure.getExpectedVersion() < failure.getActualVersion()) {
            return handleRejection(new PlanRejectedException(ErrorCode.CONFLICT, "base_version",
                    "The plan changed after base_version " + failure.getExpectedVersion() + "; reload and retry"));
        }
        return handleRejection(new PlanRejectedException(ErrorCode.BASE_VERSION_AHEAD, "base_version",
                "base_version " + failure.getExpectedVersion() + " is ahead of the plan's current version "
                        + failure.getActualVersion()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<Object> handlePlanNotFound(AggregateNotFoundException failure) {
        return handleRejection(new PlanRejectedException(ErrorCode.PLAN_NOT_FOUND, null,
                "No plan " + failure.getAggregateIdentifier()));
    }

    /** Logs any other failure with its stack trace, as a defect, and returns a 500 without details. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception failure, WebRequest request) throws Exception {
        if (failure instanceof org.springframework.security.access.AccessDeniedException
                || failure instanceof org.springframework.security.core.AuthenticationException) {
            throw failure;
        }
        log.error("Request {} failed", request.getDescription(false), failure);
        ProblemDetail problem = ProblemFactory.problem(ErrorCode.INTERNAL_ERROR, null,
                "The request failed on the server; it has been logged");
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (failure.getCause() instanceof JsonProcessingException json) {
            return handleRejection(JsonProblems.rejection(json));
        }
        return handleRejection(new PlanRejectedException(ErrorCode.MALFORMED_JSON, null,
                "The request body is missing or is not JSON"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleRejection(PlanRejectedException.missing(failure.getParameterName()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException failure, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = failure instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : failure.getPropertyName();
        return handleRejection(new PlanRejectedException(ErrorCode.WRONG_TYPE, name,
                name + " has an invalid value '" + failure.getValue() + "'"));
    }

    /** Adds a {@code code} to Spring MVC's own problems (404, 405, 415 and so on), named after the status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            String code = known == null ? "HTTP_" + status.value() : known.name();
            problem.setProperty("code", code);
            problem.setType(URI.create("/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        return response;
    }
}
