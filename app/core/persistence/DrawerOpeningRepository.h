#pragma once

#include "domain/Result.h"

#include <QString>
#include <optional>

namespace quire {

class Database;

// Rows of `drawer_openings` (schema 12): every time the drawer was opened.
class DrawerOpeningRepository final
{
public:
    enum class Reason { Sale, Refund, NoSale, CashMovement };
    enum class Outcome { Requested, Pulsed, ByHand, Failed };
    static QString toDatabaseText(Reason reason);
    static QString toDatabaseText(Outcome outcome);

    explicit DrawerOpeningRepository(Database &database)
        : m_database(database)
    {}

    Result<qint64> insert(const QString &terminalId, std::optional<qint64> shiftId, Reason reason,
                          const QString &note, std::optional<qint64> orderId,
                          std::optional<qint64> openedBy, qint64 nowMs);
    Result<void> setOutcome(qint64 openingId, Outcome outcome);

private:
    Database &m_database;
};

} // namespace quire
