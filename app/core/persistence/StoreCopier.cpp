#include "persistence/StoreCopier.h"

#include "persistence/Database.h"
#include "support/LoggingCategories.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace quire {

namespace {

// Sums that must survive a move exactly: what was sold, paid and refunded.
const QList<std::pair<QString, QString>> kTotals{
    {QStringLiteral("orders"), QStringLiteral("SELECT status, currency, COUNT(*), SUM(total_minor)"
                                              " FROM orders GROUP BY status, currency"
                                              " ORDER BY status, currency")},
    {QStringLiteral("payments"),
     QStringLiteral("SELECT status, currency, COUNT(*), SUM(amount_minor) FROM payments"
                    " GROUP BY status, currency ORDER BY status, currency")},
    {QStringLiteral("refunds"),
     QStringLiteral("SELECT status, currency, COUNT(*), SUM(amount_minor) FROM refunds"
                    " GROUP BY status, currency ORDER BY status, currency")},
    {QStringLiteral("order_lines"),
     QStringLiteral("SELECT COUNT(*), SUM(unit_price_minor * quantity), SUM(quantity)"
                    " FROM order_lines")},
    {QStringLiteral("books"), QStringLiteral("SELECT COUNT(*), SUM(stock), SUM(price_minor)"
                                             " FROM books")},
    {QStringLiteral("order_taxes"),
     QStringLiteral("SELECT COUNT(*), SUM(net_minor), SUM(tax_minor), SUM(gross_minor)"
                    " FROM order_taxes")},
};

// Tables every migrated database fills itself (its installation id, the
// default tax rules): the moved store's rows replace the target's.
bool isSeededByMigrations(const QString &table)
{
    return table == u"installation" || table == u"tax_rates" || table == u"tax_pricing";
}

} // namespace

StoreCopier::StoreCopier(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{}

const QStringList &StoreCopier::tables()
{
    static const QStringList names{
        QStringLiteral("schema_migrations"),
        QStringLiteral("installation"),
        // Which PIN pepper the moved store's PINs are hashed with: the
        // terminals must keep using that one.
        QStringLiteral("pepper_check"),
        QStringLiteral("books"),
        // The store's tax rules; each order keeps the rates it was taxed at.
        QStringLiteral("tax_rates"),
        QStringLiteral("tax_pricing"),
        QStringLiteral("users"),
        QStringLiteral("orders"),
        QStringLiteral("order_lines"),
        QStringLiteral("order_taxes"),
        QStringLiteral("payments"),
        QStringLiteral("events"),
        QStringLiteral("audit_log"),
        QStringLiteral("gateway_events"),
        QStringLiteral("refunds"),
        QStringLiteral("refund_lines"),
        // Receipt numbers are the tax office's trail: they move with the store.
        QStringLiteral("receipt_numbers"),
        QStringLiteral("invoice_buyers"),
        QStringLiteral("alerts"),
        QStringLiteral("carts"),
        QStringLiteral("cart_lines"),
    };
    return names;
}

Result<qint64> StoreCopier::count(Database &database, const QString &table)
{
    auto query = database.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!query)
        return query.error();
    return query.value().next() ? query->value(0).toLongLong() : 0;
}

Result<QStringList> StoreCopier::totals(Database &database)
{
    QStringList lines;
    for (const auto &[what, sql] : kTotals) {
        auto query = database.exec(sql);
        if (!query)
            return query.error();
        while (query.value().next()) {
            QStringList values;
            const int columns = query->record().count();
            for (int i = 0; i < columns; ++i)
                values.append(query->value(i).isNull() ? QStringLiteral("-")
                                                       : query->value(i).toString().trimmed());
            lines.append(what + u'=' + values.join(u','));
        }
    }
    return lines;
}

Result<qint64> StoreCopier::copyTable(const QString &table)
{
    // The source's own columns, by name: the target may have more (a
    // PostgreSQL generated search column), never fewer.
    auto rows = m_source.exec(QStringLiteral("SELECT * FROM ") + table);
    if (!rows)
        return rows.error();
    const QSqlRecord record = rows->record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns.append(record.fieldName(i));
        marks.append(QStringLiteral("?"));
    }
    const QString insert
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
              .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    // One prepared statement for the whole table (not Database::exec, which
    // prepares per call): a store's event log has many rows.
    QSqlQuery target(m_target.connection());
    if (!target.prepare(insert))
        return Error::database(QCoreApplication::translate("quire::StoreCopier", "copying %1: %2")
                                   .arg(table, target.lastError().text()));
    qint64 copied = 0;
    while (rows.value().next()) {
        for (int i = 0; i < columns.size(); ++i)
            target.bindValue(i, rows->value(i));
        if (!target.exec())
            return Error::database(
                QCoreApplication::translate("quire::StoreCopier", "copying %1, row %2: %3")
                    .arg(table)
                    .arg(copied + 1)
                    .arg(target.lastError().text()));
        ++copied;
    }
    // (The installation's id is text, not a generated number.)
    if (columns.contains(QStringLiteral("id")) && table != u"installation") {
        // Ids were copied as they were: new rows must continue after them.
        const QString reset = m_target.dialect().resetIdentitySql(table);
        if (!reset.isEmpty()) {
            if (auto done = m_target.exec(reset); !done)
                return done.error();
        }
    }
    return copied;
}

Result<StoreCopier::Report> StoreCopier::copy()
{
    Report report;
    for (const QString &table : tables()) {
        // Every migrated database has these rows of its own.
        if (table == u"schema_migrations" || isSeededByMigrations(table))
            continue;
        auto existing = count(m_target, table);
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return Error::conflict(
                QCoreApplication::translate(
                    "quire::StoreCopier",
                    "the target database %1 already holds data (%2 rows in %3): "
                    "copy only into a new, empty database")
                    .arg(m_target.location(), QString::number(*existing), table));
    }

    auto sourceTotals = totals(m_source);
    if (!sourceTotals)
        return sourceTotals.error();

    auto copied = m_target.writeTransaction([&]() -> Result<void> {
        report.tables.clear();
        // The target's own schema_migrations rows stay (same versions).
        for (const QString &table : tables()) {
            if (table == u"schema_migrations")
                continue;
            // The store keeps its installation id: its sessions and refunds at
            // the gateway carry it, and their callbacks must still be ours.
            // The same for its tax rules.
            if (isSeededByMigrations(table)) {
                if (auto cleared = m_target.exec(QStringLiteral("DELETE FROM ") + table); !cleared)
                    return cleared.error();
            }
            auto rows = copyTable(table);
            if (!rows)
                return rows.error();
            auto sourceRows = count(m_source, table);
            if (!sourceRows)
                return sourceRows.error();
            auto targetRows = count(m_target, table);
            if (!targetRows)
                return targetRows.error();
            report.tables.append({table, *sourceRows, *targetRows});
            if (*sourceRows != *targetRows || *rows != *sourceRows)
                return Error::database(
                    QCoreApplication::translate("quire::StoreCopier",
                                                "%1: %2 rows in the source, %3 copied")
                        .arg(table)
                        .arg(*sourceRows)
                        .arg(*targetRows));
            qCInfo(lcDatabase).noquote() << "copied" << *rows << "rows of" << table;
        }
        auto targetTotals = totals(m_target);
        if (!targetTotals)
            return targetTotals.error();
        if (*targetTotals != *sourceTotals)
            return Error::database(
                QCoreApplication::translate("quire::StoreCopier",
                                            "totals differ after the copy (source: %1; target: %2)")
                    .arg(sourceTotals->join(u"; "), targetTotals->join(u"; ")));
        report.totals = *targetTotals;
        return {};
    });
    if (!copied)
        return copied.error();
    return report;
}

} // namespace quire
