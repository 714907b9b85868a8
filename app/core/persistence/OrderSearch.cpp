#include "persistence/OrderSearch.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

std::optional<qint64> OrderSearch::receiptNumber(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(u'#'))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    return number;
}

Result<QList<OrderMatch>> OrderSearch::find(const QString &text, const QDateTime &from,
                                            const QDateTime &until, int limit) const
{
    QString sql = QStringLiteral("SELECT o.id, o.status, o.total_minor, o.currency, o.created_at,"
                                 " CASE WHEN u.role = 'customer' THEN u.display_name ELSE '' END"
                                 " FROM orders o LEFT JOIN users u ON u.id = o.created_by"
                                 " WHERE o.status IN ('paid', 'refunded')");
    QVariantList bindings;
    const QString needle = text.trimmed();
    if (const auto number = receiptNumber(needle)) {
        sql += QStringLiteral(" AND (o.id = ? OR (u.role = 'customer' AND u.loyalty_card = ?))");
        bindings << *number << needle;
    } else if (!needle.isEmpty()) {
        QString pattern = needle.toLower();
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        sql += QStringLiteral(
            " AND u.role = 'customer' AND (LOWER(u.display_name) LIKE ? ESCAPE '\\'"
            " OR LOWER(COALESCE(u.email, '')) LIKE ? ESCAPE '\\')");
        bindings << pattern << pattern;
    }
    if (from.isValid()) {
        sql += QStringLiteral(" AND o.created_at >= ?");
        bindings << from.toMSecsSinceEpoch();
    }
    if (until.isValid()) {
        sql += QStringLiteral(" AND o.created_at < ?");
        bindings << until.toMSecsSinceEpoch();
    }
    sql += QStringLiteral(" ORDER BY o.id DESC LIMIT ?");
    bindings << limit;

    auto query = m_database.exec(sql, bindings);
    if (!query)
        return query.error();
    QList<OrderMatch> matches;
    QSqlQuery &row = query.value();
    while (row.next()) {
        const auto status = orderStatusFromDatabaseText(row.value(1).toString());
        auto total = Money::fromMinorUnits(row.value(2).toLongLong(), row.value(3).toString());
        if (!status || !total)
            return Error::database(QCoreApplication::translate(
                                       "quire::OrderSearch", "order %1 is damaged in the database")
                                       .arg(row.value(0).toLongLong()));
        matches.append({row.value(0).toLongLong(), *status, *total,
                        QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC),
                        row.value(5).toString()});
    }
    return matches;
}

} // namespace quire
