package io.tandem.export.web;

import io.tandem.export.query.QueryServiceUnavailableException;
import io.tandem.export.query.UpstreamProblemException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns failures to read a plan from query-service into problem+json. It runs before the shared
 * ProblemHandler, whose catch-all would otherwise return 500 for them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExportProblems {

    private static final Logger log = LoggerFactory.getLogger(ExportProblems.class);

    /** Passes query-service's 4xx problem on as it came, so both services name the same code and field. */
    @ExceptionHandler(UpstreamProblemException.class)
    ResponseEntity<ProblemDetail> upstreamProblem(UpstreamProblemException rejection) {
        return ResponseEntity.status(rejection.problem().getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(rejection.problem());
    }

    @ExceptionHandler(QueryServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> queryServiceUnavailable(QueryServiceUnavailableException failure) {
        log.warn("Export failed: {}", failure.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "The plan could not be read from query-service; try again later");
        problem.setType(URI.create("/problems/bad-gateway"));
        problem.setTitle("Bad gateway");
        problem.setProperty("code", HttpStatus.BAD_GATEWAY.name());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
