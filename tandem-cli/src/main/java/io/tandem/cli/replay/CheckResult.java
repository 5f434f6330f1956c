package io.tandem.cli.replay;

import java.util.List;

/** The result of one check after the timeline, with the differences found or the reason it was skipped. */
record CheckResult(String name, Status status, List<String> notes) {

    enum Status { PASSED, FAILED, SKIPPED }

    static CheckResult of(String name, List<String> differences) {
        return new CheckResult(name, differences.isEmpty() ? Status.PASSED : Status.FAILED, List.copyOf(differences));
    }

    static CheckResult failed(String name, String reason) {
        return new CheckResult(name, Status.FAILED, List.of(reason));
    }

    static CheckResult skipped(String name, String reason) {
        return new CheckResult(name, Status.SKIPPED, List.of(reason));
    }
}
