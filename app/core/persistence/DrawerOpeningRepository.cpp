#include "persistence/DrawerOpeningRepository.h"

#include "persistence/Database.h"

namespace quire {

namespace {

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString DrawerOpeningRepository::toDatabaseText(Reason reason)
{
    switch (reason) {
    case Reason::Sale:
        return QStringLiteral("sale");
    case Reason::Refund:
        return QStringLiteral("refund");
    case Reason::NoSale:
        return QStringLiteral("no_sale");
    case Reason::CashMovement:
        return QStringLiteral("cash_movement");
    }
    return QString();
}

QString DrawerOpeningRepository::toDatabaseText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Requested:
        return QStringLiteral("requested");
    case Outcome::Pulsed:
        return QStringLiteral("pulsed");
    case Outcome::ByHand:
        return QStringLiteral("by_hand");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

Result<qint64> DrawerOpeningRepository::insert(const QString &terminalId,
                                               std::optional<qint64> shiftId, Reason reason,
                                               const QString &note, std::optional<qint64> orderId,
                                               std::optional<qint64> openedBy, qint64 nowMs)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO drawer_openings (terminal_id, shift_id, reason, note,"
                       " order_id, opened_by, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?,"
                       " 'requested', ?) RETURNING id"),
        {terminalId, optionalId(shiftId), toDatabaseText(reason), note, optionalId(orderId),
         optionalId(openedBy), nowMs});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error::database(
            QStringLiteral("the drawer opening got no id")); // notr: a fault of the program or the
                                                             // driver, for the log
    return inserted.value().value(0).toLongLong();
}

Result<void> DrawerOpeningRepository::setOutcome(qint64 openingId, Outcome outcome)
{
    auto updated
        = m_database.exec(QStringLiteral("UPDATE drawer_openings SET outcome = ? WHERE id = ?"),
                          {toDatabaseText(outcome), openingId});
    if (!updated)
        return updated.error();
    return {};
}

} // namespace quire
