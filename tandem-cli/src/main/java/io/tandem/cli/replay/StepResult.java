package io.tandem.cli.replay;

/**
 * The write API's result for one step. {@code status} is null when the step was not sent. {@code detail}
 * explains a mismatch (the problem detail of a rejection, or why the step was not sent) and is "" otherwise.
 */
record StepResult(Step step, Integer status, boolean matched, String detail) {
}
