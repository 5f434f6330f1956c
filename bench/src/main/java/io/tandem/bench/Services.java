package io.tandem.bench;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The services running now, so that an interrupted run (Ctrl-C) still stops them. */
final class Services {

    private static final Set<ServiceProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (ServiceProcess service : RUNNING) {
                try {
                    service.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "stop-services"));
    }

    private Services() {
    }

    static void track(ServiceProcess... services) {
        RUNNING.addAll(Set.of(services));
    }

    static void untrack(ServiceProcess... services) {
        RUNNING.removeAll(Set.of(services));
    }
}
