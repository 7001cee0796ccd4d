package org.fundtrail.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fundtrail.fund.Grants.AwardRequest;
import org.fundtrail.fund.Grants.PaymentRequest;
import org.fundtrail.fund.api.FundId;
import org.fundtrail.fund.api.GrantId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/funds/{fundId}/grants")
@Tag(name = "Fund grants", description = "Award grants from a pool to an organisation's project, and pay them")
class GrantController {

    private final Grants grants;
    private final FundRecords records;

    GrantController(Grants grants, FundRecords records) {
        this.grants = grants;
        this.records = records;
    }

    @PostMapping
    @Operation(summary = "Award a grant from one pool (default unrestricted); never more than the pool holds")
    ResponseEntity<Object> award(@PathVariable FundId fundId, @Valid @RequestBody AwardRequest request) {
        return grants.award(fundId, request).answer();
    }

    @PostMapping("/{grantId}/payments")
    @Operation(summary = "Pay (part of) an awarded grant; never more than remains unpaid")
    ResponseEntity<Object> pay(@PathVariable FundId fundId, @PathVariable GrantId grantId,
                               @Valid @RequestBody PaymentRequest request) {
        return grants.pay(fundId, grantId, request).answer();
    }

    @GetMapping
    List<FundQueries.GrantView> list(@PathVariable FundId fundId) {
        return records.grants(fundId);
    }
}
