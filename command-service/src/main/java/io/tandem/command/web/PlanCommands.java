package io.tandem.command.web;

import io.tandem.command.plan.AccountPlan;
import io.tandem.plan.error.ErrorCode;
import io.tandem.plan.error.PlanRejectedException;
import io.tandem.support.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;

/** Sends commands as the authenticated caller and waits until their events are stored. */
@Component
class PlanCommands {

    private final CommandGateway gateway;
    private final Configuration axon;

    PlanCommands(CommandGateway gateway, Configuration axon) {
        this.gateway = gateway;
        this.axon = axon;
    }

    /** Returns the plan version after the command; for a creation that is 0. */
    long send(Object command, Actor actor) {
        try {
            Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(actor.metaData()));
            return result instanceof Number version ? version.longValue() : 0L;
        } catch (ConflictingAggregateVersionException failure) {
            throw hideFromNonMember(failure, actor);
        }
    }

    /**
     * Axon compares the base version with the plan's version while loading the plan, before the
     * aggregate checks who is asking. Users of neither organization get the response for a plan
     * that does not exist instead, so a base version ahead of the plan reveals nothing to them.
     */
    private RuntimeException hideFromNonMember(ConflictingAggregateVersionException failure, Actor actor) {
        String planId = String.valueOf(failure.getAggregateIdentifier());
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            boolean member = axon.repository(AccountPlan.class).load(planId)
                    .invoke(plan -> plan.isMember(actor.organization()));
            return member ? failure : new PlanRejectedException(ErrorCode.PLAN_NOT_FOUND, null, "No plan " + planId);
        } finally {
            unitOfWork.rollback();
        }
    }
}
