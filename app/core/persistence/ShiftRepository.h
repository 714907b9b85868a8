#pragma once

#include "domain/Money.h"
#include "domain/Result.h"
#include "domain/Shift.h"

#include <QString>
#include <optional>

namespace quire {

class Database;

// Rows of `shifts`, `cash_movements` and `z_reports` (schema 12). Callers
// (ShiftService) put them in transactions with their event and audit rows.
class ShiftRepository final
{
public:
    enum class MovementKind { CashIn, PaidOut, BankDrop };
    static QString toDatabaseText(MovementKind kind);

    explicit ShiftRepository(Database &database)
        : m_database(database)
    {}

    Result<qint64> insert(const QString &terminalId, qint64 openedBy, const Money &openingFloat,
                          qint64 nowMs);
    Result<Shift> find(qint64 shiftId) const;
    // The terminal's open shift, if it has one.
    Result<std::optional<Shift>> openAt(const QString &terminalId) const;
    // Open -> closed with the count; fails when the shift is not open.
    Result<void> close(const Shift &closed, const QString &denominationsJson, qint64 nowMs);

    Result<qint64> insertMovement(qint64 shiftId, MovementKind kind, const Money &amount,
                                  const QString &reason, std::optional<qint64> createdBy,
                                  qint64 nowMs);

    // The terminal's next Z number: one more than its last.
    Result<int> nextZNumber(const QString &terminalId) const;
    Result<qint64> insertZReport(const QString &terminalId, int number, qint64 shiftId,
                                 std::optional<qint64> createdBy, const QString &csv, qint64 nowMs);
    struct ZReport
    {
        int number = 0;
        QString csv;
    };
    Result<std::optional<ZReport>> zReportOf(qint64 shiftId) const;

private:
    Result<std::optional<Shift>> selectOne(const QString &where,
                                           const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace quire
