package io.tandem.query.events;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finds and ends the database sessions of {@link EventAppendListener} through pg_stat_activity. */
final class ListenerSessions {

    private ListenerSessions() {
    }

    /** Returns the process id of the listener's session in the current database, if one is connected. */
    static Optional<Integer> pid(JdbcTemplate jdbc) {
        List<Integer> pids = jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE application_name = ? "
                + "AND datname = current_database()", Integer.class, EventAppendListener.APPLICATION_NAME);
        return pids.stream().findFirst();
    }

    /** Ends the session as an administrator or a failing network would, with pg_terminate_backend. */
    static void terminate(JdbcTemplate jdbc, int pid) {
        Boolean terminated = jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, pid);
        if (!Boolean.TRUE.equals(terminated)) {
            throw new IllegalStateException("pg_terminate_backend did not end session " + pid);
        }
    }
}
