package org.fundtrail.programme.pages;

import org.fundtrail.programme.ProgrammeQueries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What the programme page derives from the channel for display: holders by name, and who sits below the payers. */
final class ProgrammeView {

    private ProgrammeView() {
    }

    static Map<String, String> holderNames(ProgrammeQueries.ProgrammeDetail detail) {
        Map<String, String> names = new LinkedHashMap<>();
        detail.holders().forEach(h -> names.put(h.holder(), h.name()));
        return names;
    }

    /** Holders already below one of the payers: the usual receivers of the next hop. */
    static List<ProgrammeQueries.HolderView> childrenOf(ProgrammeQueries.ProgrammeDetail detail,
                                                        List<ProgrammeQueries.HolderView> payers) {
        Set<String> payerIds = payers.stream().map(ProgrammeQueries.HolderView::holder).collect(Collectors.toSet());
        return detail.holders().stream().filter(h -> h.parent() != null && payerIds.contains(h.parent())).toList();
    }
}
