package io.tandem.support.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the caller's user id ({@value #USER_ID}) and the plan id of the request URL ({@value #PLAN_ID})
 * into the logging MDC for the rest of the request, so every line logged while serving it names both.
 * Boot registers this filter with the lowest precedence, after Spring Security's filters, so the user
 * id comes from a verified token. The token itself never reaches the MDC.
 */
@Component
public class LoggingContextFilter extends OncePerRequestFilter {

    public static final String USER_ID = "user_id";
    public static final String PLAN_ID = "plan_id";

    /** A plan id in a URL; other strings are left out so that a crafted URL cannot forge log text. */
    private static final Pattern PLAN_URL = Pattern.compile("^/api/plans/([A-Za-z0-9_.-]{1,64})(/.*)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = userId();
        String planId = planId(request);
        if (userId != null) {
            MDC.put(USER_ID, userId);
        }
        if (planId != null) {
            MDC.put(PLAN_ID, planId);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER_ID);
            MDC.remove(PLAN_ID);
        }
    }

    private static String userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getSubject();
        }
        return null;
    }

    private static String planId(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PLAN_URL.matcher(path);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
