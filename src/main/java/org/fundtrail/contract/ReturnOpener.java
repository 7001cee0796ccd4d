package org.fundtrail.contract;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.fundtrail.contract.api.ClawbackRepaid;
import org.fundtrail.contract.api.ContractClosed;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractTerminated;
import org.fundtrail.contract.api.SurplusReturned;
import org.fundtrail.money.Money;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.OpenReturn;
import org.fundtrail.programme.api.ProgrammeErrorCode;
import org.fundtrail.programme.api.ProgrammeId;
import org.fundtrail.programme.api.ReturnId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A terminated or finished contract with money left opens a return (循原划拨渠道缴回国库): the unpaid earmark released on
 * termination or closing, unspent money the contractor sent back, and clawed-back money, each goes back up the channel
 * from the contract's funding holder.
 * <p>
 * A stateless event handler, not a saga: each event opens at most one return and nothing is remembered between
 * events. The return id is derived from the event (contract, kind, and the event's sequence number in the contract's
 * stream where a contract can have several), so a redelivered event asks for the same return again and the programme
 * refuses the second ({@code RETURN_ALREADY_OPEN}). {@code @DisallowReplay}: a rebuild of the processor sends nothing.
 * <p>
 * The kinds ({@code terminated}, {@code closed}, {@code surplus-<n>}, {@code clawback-<n>}) are chosen so that no kind
 * ends in {@code -} plus another kind: two contracts whose ids are prefixes of each other can still never produce the
 * same return id. That is also why the clawback id stays out of the return id (it is in the reason).
 */
@Component
@ProcessingGroup(ReturnOpener.PROCESSING_GROUP)
@DisallowReplay
class ReturnOpener {

    static final String PROCESSING_GROUP = "contract-return-opener";
    static final int MAX_ID_LENGTH = 64;

    private static final Logger log = LoggerFactory.getLogger(ReturnOpener.class);

    private final CommandGateway commandGateway;

    ReturnOpener(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(ContractTerminated terminated) {
        open(terminated.programmeId(), terminated.fundingHolder(), terminated.released(), terminated.contractId(),
                returnId(terminated.contractId(), "terminated"),
                "contract terminated, unpaid earmark released: " + terminated.reason());
    }

    @EventHandler
    void on(ContractClosed closed) {
        open(closed.programmeId(), closed.fundingHolder(), closed.released(), closed.contractId(),
                returnId(closed.contractId(), "closed"), "contract closed, unpaid earmark released");
    }

    @EventHandler
    void on(SurplusReturned surplus, @SequenceNumber long sequenceNumber) {
        open(surplus.programmeId(), surplus.fundingHolder(), surplus.amount(), surplus.contractId(),
                returnId(surplus.contractId(), "surplus-" + sequenceNumber), "surplus returned by the contractor");
    }

    @EventHandler
    void on(ClawbackRepaid repaid, @SequenceNumber long sequenceNumber) {
        open(repaid.programmeId(), repaid.fundingHolder(), repaid.amount(), repaid.contractId(),
                returnId(repaid.contractId(), "clawback-" + sequenceNumber),
                "clawback " + repaid.clawbackId().value() + " repaid");
    }

    private void open(ProgrammeId programmeId, HolderId holder, Money amount, ContractId contractId, ReturnId returnId,
                      String reason) {
        if (amount == null || !amount.isPositive()) {
            return;
        }
        LoggedCommands.send(commandGateway, log, new OpenReturn(programmeId, returnId, holder, amount, contractId, reason),
                ProgrammeErrorCode.RETURN_ALREADY_OPEN);
    }

    /**
     * {@code <contract>-<kind>}, e.g. {@code c-7-surplus-12}; when that is longer than an id may be, {@code r-} and
     * 40 hex digits of its SHA-256 instead (still one id per event, and the same one every time).
     */
    static ReturnId returnId(ContractId contractId, String kind) {
        String natural = contractId.value() + "-" + kind;
        if (natural.length() <= MAX_ID_LENGTH) {
            return new ReturnId(natural);
        }
        return new ReturnId("r-" + sha256(natural).substring(0, 40));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
