#pragma once

#include "domain/Result.h"
#include "till/ShiftReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace quire {

class Database;

// The manager's view of one day across the store's terminals (all of them
// on one PostgreSQL database, or the one SQLite till): every shift opened
// that day, by terminal, with its figures by tender and by clerk
// (ShiftReport each, X for a shift still open, Z once closed), and the
// day's totals by tender and by clerk. Read only; docs/tenders.md.
struct DailyOverview
{
    Q_DECLARE_TR_FUNCTIONS(quire::DailyOverview)

public:
    QDate day;                 // local calendar day the shifts were opened on
    QString currency;          // the shifts' currency (empty: no shift that day)
    QList<ShiftReport> shifts; // by terminal, then by opening
    ShiftReport::Figure cashSales;
    ShiftReport::Figure cardSales;
    ShiftReport::Figure cashRefunds;
    ShiftReport::Figure cardRefunds;
    qint64 differenceMinor = 0; // of the closed shifts
    int openShifts = 0;
    QList<ShiftReport::Clerk> byClerk; // over the day, by name

    // Shifts opened from `day`'s local midnight to the next. Refused
    // (Invalid) when that day's shifts use more than one currency.
    static Result<DailyOverview> compute(Database &database, const QDate &day, qint64 nowMs);
    // section,terminal,shift,item,count,amount: per shift its sales and
    // refunds by tender, cash and clerks, then the day's totals.
    QString toCsv() const;
};

} // namespace quire
