package org.fundtrail.transparency.opendata;

import org.fundtrail.audit.export.Column;
import org.fundtrail.audit.export.ColumnType;
import org.fundtrail.money.Money;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flat open dataset: its columns, named as in docs/open-data.md, give both the CSV (through the audit exports'
 * CSV renderer) and the JSON rows, so the two downloads cannot drift apart.
 */
record OpenDataset<T>(String name, List<Column<T>> columns) {

    /** A row as JSON: amounts as "1234.50" strings (exact), whole numbers as numbers, dates ISO; empty cells left out. */
    Map<String, Object> json(T row) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (Column<T> column : columns) {
            Object value = column.valueOf(row);
            if (value != null) {
                object.put(column.english(), column.type() == ColumnType.MONEY ? ((Money) value).toString()
                        : column.type() == ColumnType.DATE ? ((LocalDate) value).toString() : value);
            }
        }
        return object;
    }

    static OpenDataset<OpenTransaction> transactions() {
        return new OpenDataset<>("transactions", List.of(
                Column.text("", "id", 40, OpenTransaction::id),
                Column.text("", "kind", t -> t.kind().name()),
                Column.integer("", "iatiTransactionType", t -> t.kind().iatiType()),
                Column.text("", "iatiTransactionTypeName", t -> t.kind().iatiTypeName()),
                Column.date("", "date", OpenTransaction::date),
                Column.money("", "amountYuan", OpenTransaction::amount),
                Column.integer("", "amountFen", OpenTransaction::amountFen),
                Column.money("", "iatiValueYuan", OpenTransaction::iatiValue),
                Column.text("", "currency", t -> Money.CURRENCY.getCurrencyCode()),
                Column.text("", "programmeId", OpenTransaction::programmeId),
                Column.text("", "programmeName", 40, OpenTransaction::programmeName),
                Column.text("", "contractId", OpenTransaction::contractId),
                Column.text("", "fundId", OpenTransaction::fundId),
                Column.text("", "fundName", 30, OpenTransaction::fundName),
                Column.text("", "providerId", 30, OpenTransaction::providerId),
                Column.text("", "providerName", 30, OpenTransaction::providerName),
                Column.text("", "receiverId", 30, OpenTransaction::receiverId),
                Column.text("", "receiverName", 30, OpenTransaction::receiverName),
                Column.text("", "category", OpenTransaction::category),
                Column.integer("", "level", OpenTransaction::level),
                Column.integer("", "count", OpenTransaction::count)));
    }

    /** 360Giving's flat (spreadsheet) column titles, plus the amounts in fen. */
    static OpenDataset<OpenGrant> grants() {
        return new OpenDataset<>("grants", List.of(
                Column.text("", "Identifier", 40, OpenGrant::id),
                Column.text("", "Title", 40, OpenGrant::title),
                Column.text("", "Description", 60, OpenGrant::description),
                Column.text("", "Currency", g -> OpenGrant.CURRENCY),
                Column.money("", "Amount Awarded", OpenGrant::amountAwarded),
                Column.integer("", "Amount Awarded (fen)", g -> g.amountAwarded().fen()),
                Column.money("", "Amount Disbursed", OpenGrant::amountDisbursed),
                Column.integer("", "Amount Disbursed (fen)", g -> g.amountDisbursed().fen()),
                Column.date("", "Award Date", OpenGrant::awardDate),
                Column.text("", "Recipient Org:Identifier", 30, OpenGrant::recipientId),
                Column.text("", "Recipient Org:Name", 30, OpenGrant::recipientName),
                Column.text("", "Funding Org:Identifier", 30, OpenGrant::fundingId),
                Column.text("", "Funding Org:Name", 30, OpenGrant::fundingName),
                Column.text("", "Grant Programme:Code", 30, OpenGrant::programmeCode),
                Column.text("", "Grant Programme:Title", 40, OpenGrant::programmeTitle),
                Column.text("", "Beneficiary Location:Name", 30, OpenGrant::location),
                Column.date("", "Planned Dates:Start Date", OpenGrant::plannedStart),
                Column.date("", "Planned Dates:End Date", OpenGrant::plannedEnd)));
    }
}
