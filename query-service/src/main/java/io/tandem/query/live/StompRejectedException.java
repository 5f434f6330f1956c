package io.tandem.query.live;

import org.springframework.messaging.MessagingException;

/**
 * Rejects a client frame. Spring's STOMP handler replies to it with an ERROR frame whose
 * {@code message} header is this exception's message, then closes the connection, as STOMP 1.2
 * requires after an ERROR. The message must therefore never contain a token.
 */
class StompRejectedException extends MessagingException {

    StompRejectedException(String message) {
        super(message);
    }
}
