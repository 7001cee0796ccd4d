package org.fundtrail.contract;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ContractSigned;
import org.fundtrail.organisation.api.OrganisationId;
import org.fundtrail.programme.api.HolderId;
import org.fundtrail.programme.api.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Which programme, holder and contractor a contract belongs to: for routing requests and checking who may act. */
@Component
@ProcessingGroup("contract-command-model")
class ContractCommandModel {

    private final JdbcClient jdbc;

    ContractCommandModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ContractFacts(ContractId contractId, ProgrammeId programmeId, HolderId fundingHolder, OrganisationId organisationId) {
    }

    @EventHandler
    void on(ContractSigned e) {
        jdbc.sql("INSERT INTO contract_directory (contract_id, programme_id, funding_holder, organisation_id) VALUES (?, ?, ?, ?)")
                .params(e.contractId().value(), e.programmeId().value(), e.fundingHolder().value(), e.organisationId().value())
                .update();
    }

    Optional<ContractFacts> find(ContractId contractId) {
        return jdbc.sql("SELECT programme_id, funding_holder, organisation_id FROM contract_directory WHERE contract_id = ?")
                .param(contractId.value())
                .query((rs, n) -> new ContractFacts(contractId, ProgrammeId.of(rs.getString(1)), HolderId.of(rs.getString(2)),
                        OrganisationId.of(rs.getString(3))))
                .optional();
    }
}
