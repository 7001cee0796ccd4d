package org.fundtrail.audit.trail;

import org.fundtrail.audit.export.Column;
import org.fundtrail.audit.export.RowSource;
import org.fundtrail.audit.export.TabularExport;
import org.fundtrail.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A trail as a table, one row per hop, for the CSV and XLSX exports: the trees flattened depth first. */
public final class TrailRows {

    private TrailRows() {
    }

    /** One hop: at {@code depth} in the {@code direction} tree of the posting made by {@code eventId}. */
    public record Row(String subject, String eventId, int leg, String direction, int depth, String account, Money amount,
               String status, String viaEvent, String viaType, String viaCode, LocalDate viaEffectiveDate) {
    }

    /** Named after the record: {@code trail_contract_{id}}, {@code trail_donation_{id}}, {@code trail_appropriation_{programme}_{id}}. */
    public static TabularExport<Row> export(Trails.SubjectTrail trail) {
        return export("trail_" + trail.subject() + "_" + trail.id().replace('/', '_'), trail);
    }

    static TabularExport<Row> export(String fileName, Trails.SubjectTrail trail) {
        List<Row> rows = new ArrayList<>();
        for (List<Trails.EventTrail> events : List.of(trail.events(), trail.related())) {
            for (Trails.EventTrail event : events) {
                for (PostingTrail posting : event.postings()) {
                    flatten(rows, trail.subject() + " " + trail.id(), posting, "backward", posting.backward(), 0);
                    flatten(rows, trail.subject() + " " + trail.id(), posting, "forward", posting.forward(), 0);
                }
            }
        }
        return new TabularExport<>(fileName, "资金轨迹 Trail", List.of(
                Column.text("对象", "subject", Row::subject),
                Column.text("事件", "event", 36, Row::eventId),
                Column.integer("分录", "leg", Row::leg),
                Column.text("方向", "direction", Row::direction),
                Column.integer("层级", "depth", Row::depth),
                Column.text("科目", "account", 40, Row::account),
                Column.money("金额", "amount", Row::amount),
                Column.text("状态", "status", Row::status),
                Column.text("经由事件", "via event", 36, Row::viaEvent),
                Column.text("事件类型", "via event type", Row::viaType),
                Column.text("代码", "via code", Row::viaCode),
                Column.date("记账日期", "via effective date", Row::viaEffectiveDate)), RowSource.of(rows));
    }

    private static void flatten(List<Row> rows, String subject, PostingTrail posting, String direction, TrailNode node, int depth) {
        Move via = node.via();
        rows.add(new Row(subject, posting.posting().eventId(), posting.posting().leg(), direction, depth, node.account(),
                node.amount(), node.status().name(), via == null ? null : via.eventId(), via == null ? null : via.eventType(),
                via == null ? null : via.code(), via == null ? null : via.effectiveDate()));
        for (TrailNode next : node.next()) {
            flatten(rows, subject, posting, direction, next, depth + 1);
        }
    }
}
