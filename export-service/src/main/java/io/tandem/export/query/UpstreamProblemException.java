package io.tandem.export.query;

import org.springframework.http.ProblemDetail;

/** query-service rejected a read with a 4xx problem, which the export passes on to its caller unchanged. */
public class UpstreamProblemException extends RuntimeException {

    private final transient ProblemDetail problem;

    public UpstreamProblemException(ProblemDetail problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    public ProblemDetail problem() {
        return problem;
    }
}
