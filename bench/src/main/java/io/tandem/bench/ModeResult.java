package io.tandem.bench;

/**
 * The figures of one mode.
 *
 * @param mode          the query-service configuration
 * @param observer      how arrivals were observed
 * @param listenerSeen  whether query-service's log shows its notification listener running
 * @param insertBaseline round trips of single-row inserts on the mode's database before the load
 * @param latencies     per measured edit, from the 2xx response to the arrival at the last client of the
 *                      other organization watching the plan
 * @param missing       measured edits that some such client had not received when the run ended
 * @param rejected      edits rejected with an error status or failed without a response, warm-up included
 * @param throughput    accepted measured edits per second
 * @param received      frames (or plan reads, for the REST stand-in) the clients received
 * @param clientErrors  STOMP errors and lost connections
 * @param loadAverage   the machine's load averages when the mode's edits ended
 */
record ModeResult(BenchOptions.Mode mode, String observer, boolean listenerSeen, Latencies insertBaseline,
                  Latencies latencies, long missing, long rejected, double throughput, long received,
                  long clientErrors, String loadAverage) {
}
