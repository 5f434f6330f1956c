package io.tandem.support;

import io.tandem.plan.error.ErrorCode;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with Tandem's two extension members: {@code code}, the stable
 * {@link ErrorCode}, and {@code field}, the JSON path of the input at fault.
 */
public final class ProblemFactory {

    private ProblemFactory() {
    }

    public static ProblemDetail problem(ErrorCode code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), detail);
        String slug = code.name().toLowerCase(Locale.ROOT).replace('_', '-');
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(title(code));
        problem.setProperty("code", code.name());
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    private static String title(ErrorCode code) {
        String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
