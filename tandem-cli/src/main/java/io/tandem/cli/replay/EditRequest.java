package io.tandem.cli.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One request of the write API: method, path below the service's base URL, and JSON body (null for DELETE). */
record EditRequest(String method, String path, ObjectNode body) {
}
