package org.fundtrail.contract.pages;

import org.fundtrail.contract.ContractAccess;
import org.fundtrail.contract.ContractQueries;
import org.fundtrail.contract.ExpenditureReporting;
import org.fundtrail.contract.api.ContractId;
import org.fundtrail.contract.api.ExpenditureId;
import org.fundtrail.evidence.api.EvidenceScope;
import org.fundtrail.evidence.api.EvidenceStore;
import org.fundtrail.infra.IdempotentWrites;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.money.Money;
import org.fundtrail.web.FormErrors;
import org.fundtrail.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contractor's form to report an expenditure with its evidence file. It sends the same command through the same
 * service as {@code POST /api/contracts/{id}/expenditures}; the file is stored inside that write, so a refused report
 * records nothing and keeps no file.
 */
@PageController
@RequestMapping("/app/contracts/{contractId}/expenditures")
class ExpenditurePages {

    /** The command's field names where the form names them otherwise. */
    private static final Map<String, String> FIELDS_ON_FORM = Map.of("amount", "amountYuan", "evidenceReference", "file");
    /** How long a successful report waits for the contract page to show it. */
    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(3);

    private final ContractAccess contracts;
    private final ContractQueries queries;
    private final ExpenditureReporting expenditures;
    private final EvidenceStore evidence;
    private final Clock clock;

    ExpenditurePages(ContractAccess contracts, ContractQueries queries, ExpenditureReporting expenditures,
                     EvidenceStore evidence, Clock clock) {
        this.contracts = contracts;
        this.queries = queries;
        this.expenditures = expenditures;
        this.evidence = evidence;
        this.clock = clock;
    }

    @GetMapping("/new")
    String form(@PathVariable ContractId contractId, Model model) {
        contracts.requireContractorOrOfficer(contractId);
        ExpenditureForm form = new ExpenditureForm();
        form.setRequestId(UUID.randomUUID().toString());
        form.setEffectiveDate(LocalDate.now(clock));
        model.addAttribute("form", form);
        return show(contractId, model);
    }

    @PostMapping
    String report(@PathVariable ContractId contractId, @ModelAttribute("form") ExpenditureForm form, BindingResult binding,
                  Model model) {
        contracts.requireContractorOrOfficer(contractId);
        ExpenditureId expenditureId = expenditureId(form);
        Money amount = checkTyped(form, binding);
        if (binding.hasErrors()) {
            return show(contractId, model);
        }
        try {
            expenditures.report(contractId, new ExpenditureReporting.Expenditure(expenditureId, form.getCategory(), amount,
                            form.getDescription(), form.getEffectiveDate()), fingerprint(contractId, form, amount),
                    () -> evidence.store(EvidenceScope.contract(contractId), form.getFile()).reference().toString());
        } catch (IdempotentWrites.IdempotencyConflict alreadySent) {
            binding.reject("contractor.expenditure.alreadySent");
            return show(contractId, model);
        } catch (RuntimeException refused) {
            RuleViolation violation = FormErrors.ruleViolation(refused).orElseThrow(() -> refused);
            FormErrors.reject(binding, violation, FIELDS_ON_FORM);
            return show(contractId, model);
        }
        queries.catchUp(READ_YOUR_WRITE);
        return "redirect:/app/contracts/" + contractId.value() + "?reported=" + expenditureId.value() + "#spending";
    }

    /** The form's request id names the expenditure; a form without a well-formed one was not made here. */
    private static ExpenditureId expenditureId(ExpenditureForm form) {
        try {
            return ExpenditureId.of(form.getRequestId());
        } catch (IllegalArgumentException notFromOurForm) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the form has no request id");
        }
    }

    /** What the form can tell before asking the contract: a chosen line, an amount to the fen, a date, a file. */
    private static Money checkTyped(ExpenditureForm form, BindingResult binding) {
        if (form.getCategory() == null || form.getCategory().isBlank()) {
            binding.rejectValue("category", "form.required");
        }
        Money amount = null;
        try {
            amount = Money.parse(form.getAmountYuan());
        } catch (IllegalArgumentException notAnAmount) {
            binding.rejectValue("amountYuan", "contractor.expenditure.amountInvalid");
        }
        if (form.getEffectiveDate() == null && !binding.hasFieldErrors("effectiveDate")) {
            binding.rejectValue("effectiveDate", "form.required");
        }
        if (form.getFile() == null || form.getFile().isEmpty()) {
            binding.rejectValue("file", "contractor.expenditure.fileRequired");
        }
        return amount;
    }

    /** The same form sent again is the same request; the file counts by its name and size. */
    private static List<Object> fingerprint(ContractId contractId, ExpenditureForm form, Money amount) {
        return List.of(contractId.value(), form.getCategory(), amount, String.valueOf(form.getDescription()),
                form.getEffectiveDate().toString(), String.valueOf(form.getFile().getOriginalFilename()),
                form.getFile().getSize());
    }

    private String show(ContractId contractId, Model model) {
        model.addAttribute("contract", ContractPages.detail(queries, contractId));
        return "contract/expenditure-form";
    }
}
