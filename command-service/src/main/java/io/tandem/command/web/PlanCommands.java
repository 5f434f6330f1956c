package io.tandem.command.web;

import io.tandem.support.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends commands as the authenticated caller and waits until their events are stored. */
@Component
class PlanCommands {

    private final CommandGateway gateway;

    PlanCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Returns the plan version after the command; for a creation that is 0. */
    long send(Object command, Actor actor) {
        Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(actor.metaData()));
        return result instanceof Number version ? version.longValue() : 0L;
    }
}
