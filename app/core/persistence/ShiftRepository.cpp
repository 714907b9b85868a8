#include "persistence/ShiftRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace quire {

namespace {

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

Result<Money> moneyOf(const QVariant &minor, const QString &currency)
{
    return Money::fromMinorUnits(minor.toLongLong(), currency);
}

} // namespace

QString ShiftRepository::toDatabaseText(MovementKind kind)
{
    switch (kind) {
    case MovementKind::CashIn:
        return QStringLiteral("cash_in");
    case MovementKind::PaidOut:
        return QStringLiteral("paid_out");
    case MovementKind::BankDrop:
        return QStringLiteral("bank_drop");
    }
    return QString();
}

Result<qint64> ShiftRepository::insert(const QString &terminalId, qint64 openedBy,
                                       const Money &openingFloat, qint64 nowMs)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO shifts (terminal_id, status, opened_by, currency, float_minor,"
                       " opened_at) VALUES (?, 'open', ?, ?, ?, ?) RETURNING id"),
        {terminalId, openedBy, openingFloat.currency(), openingFloat.minorUnits(), nowMs});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error::database(QStringLiteral(
            "the new shift got no id")); // notr: a fault of the program or the driver, for the log
    return inserted.value().value(0).toLongLong();
}

Result<std::optional<Shift>> ShiftRepository::selectOne(const QString &where,
                                                        const QVariantList &bindings) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, terminal_id, status, opened_by, currency, float_minor,"
                       " opened_at, closed_by, closed_at, expected_minor, counted_minor,"
                       " difference_minor, counted_denominations FROM shifts WHERE ")
            + where,
        bindings);
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    if (!row.next())
        return std::optional<Shift>();
    Shift shift;
    shift.id = row.value(0).toLongLong();
    shift.terminalId = row.value(1).toString();
    shift.open = row.value(2).toString() == u"open";
    shift.openedBy = row.value(3).toLongLong();
    const QString currency = row.value(4).toString();
    auto openingFloat = moneyOf(row.value(5), currency);
    if (!openingFloat)
        return openingFloat.error();
    shift.openingFloat = *openingFloat;
    shift.openedAt = QDateTime::fromMSecsSinceEpoch(row.value(6).toLongLong(), Qt::UTC);
    if (!shift.open) {
        shift.closedBy = row.value(7).isNull() ? std::optional<qint64>()
                                               : std::optional<qint64>(row.value(7).toLongLong());
        shift.closedAt = QDateTime::fromMSecsSinceEpoch(row.value(8).toLongLong(), Qt::UTC);
        shift.expected = moneyOf(row.value(9), currency).value();
        shift.counted = moneyOf(row.value(10), currency).value();
        shift.difference = moneyOf(row.value(11), currency).value();
        const QJsonObject counts
            = QJsonDocument::fromJson(row.value(12).toString().toUtf8()).object();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            shift.countedDenominations.insert(it.key().toLongLong(), it.value().toInt());
    }
    return std::optional<Shift>(shift);
}

Result<Shift> ShiftRepository::find(qint64 shiftId) const
{
    auto shift = selectOne(QStringLiteral("id = ?"), {shiftId});
    if (!shift)
        return shift.error();
    if (!*shift)
        return Error::notFound(
            QCoreApplication::translate("quire::ShiftRepository", "shift %1 does not exist")
                .arg(shiftId));
    return **shift;
}

Result<std::optional<Shift>> ShiftRepository::openAt(const QString &terminalId) const
{
    return selectOne(QStringLiteral("terminal_id = ? AND status = 'open'"), {terminalId});
}

Result<void> ShiftRepository::close(const Shift &closed, const QString &denominationsJson,
                                    qint64 nowMs)
{
    auto updated = m_database.exec(
        QStringLiteral("UPDATE shifts SET status = 'closed', closed_by = ?, closed_at = ?,"
                       " expected_minor = ?, counted_minor = ?, difference_minor = ?,"
                       " counted_denominations = ? WHERE id = ? AND status = 'open'"),
        {optionalId(closed.closedBy), nowMs, closed.expected.minorUnits(),
         closed.counted.minorUnits(), closed.difference.minorUnits(), denominationsJson,
         closed.id});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error::conflict(
            QCoreApplication::translate("quire::ShiftRepository", "shift %1 is not open")
                .arg(closed.id));
    return {};
}

Result<qint64> ShiftRepository::insertMovement(qint64 shiftId, MovementKind kind,
                                               const Money &amount, const QString &reason,
                                               std::optional<qint64> createdBy, qint64 nowMs)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO cash_movements (shift_id, kind, amount_minor, currency,"
                       " reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id"),
        {shiftId, toDatabaseText(kind), amount.minorUnits(), amount.currency(), reason,
         optionalId(createdBy), nowMs});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error::database(
            QStringLiteral("the new cash movement got no id")); // notr: a fault of the program or
                                                                // the driver, for the log
    return inserted.value().value(0).toLongLong();
}

Result<int> ShiftRepository::nextZNumber(const QString &terminalId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM z_reports WHERE terminal_id = ?"),
        {terminalId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::database(QStringLiteral(
            "no next Z number")); // notr: a fault of the program or the driver, for the log
    return query.value().value(0).toInt();
}

Result<qint64> ShiftRepository::insertZReport(const QString &terminalId, int number, qint64 shiftId,
                                              std::optional<qint64> createdBy, const QString &csv,
                                              qint64 nowMs)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO z_reports (terminal_id, number, shift_id, created_by,"
                       " created_at, csv) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {terminalId, number, shiftId, optionalId(createdBy), nowMs, csv});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error::database(
            QStringLiteral("the new Z report got no id")); // notr: a fault of the program or the
                                                           // driver, for the log
    return inserted.value().value(0).toLongLong();
}

Result<std::optional<ShiftRepository::ZReport>> ShiftRepository::zReportOf(qint64 shiftId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT number, csv FROM z_reports WHERE shift_id = ?"), {shiftId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ZReport>();
    return std::optional<ZReport>(
        ZReport{query.value().value(0).toInt(), query.value().value(1).toString()});
}

} // namespace quire
