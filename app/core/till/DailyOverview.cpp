#include "till/DailyOverview.h"

#include "persistence/Database.h"

#include <QMap>
#include <QTextStream>

namespace quire {

Result<DailyOverview> DailyOverview::compute(Database &database, const QDate &day, qint64 nowMs)
{
    if (!day.isValid())
        return Error::invalid(tr("Choose a day."));
    DailyOverview overview;
    overview.day = day;
    const qint64 from = day.startOfDay().toMSecsSinceEpoch();
    const qint64 until = day.addDays(1).startOfDay().toMSecsSinceEpoch();
    auto ids
        = database.exec(QStringLiteral("SELECT id FROM shifts WHERE opened_at >= ?"
                                       " AND opened_at < ? ORDER BY terminal_id, opened_at, id"),
                        {from, until});
    if (!ids)
        return ids.error();
    QList<qint64> shiftIds;
    while (ids.value().next())
        shiftIds.append(ids.value().value(0).toLongLong());

    QMap<QString, ShiftReport::Clerk> clerks;
    const auto add = [](ShiftReport::Figure &total, const ShiftReport::Figure &figure) {
        total.count += figure.count;
        total.minor += figure.minor;
    };
    for (qint64 shiftId : std::as_const(shiftIds)) {
        auto report = ShiftReport::compute(database, shiftId, nowMs);
        if (!report)
            return report.error();
        if (overview.currency.isEmpty())
            overview.currency = report->currency;
        else if (report->currency != overview.currency)
            return Error::invalid(tr("The shifts of %1 are in more than one currency.")
                                      .arg(day.toString(Qt::ISODate)));
        add(overview.cashSales, report->cashSales);
        add(overview.cardSales, report->cardSales);
        add(overview.cashRefunds, report->cashRefunds);
        add(overview.cardRefunds, report->cardRefunds);
        if (report->differenceMinor)
            overview.differenceMinor += *report->differenceMinor;
        if (!report->closed)
            ++overview.openShifts;
        for (const ShiftReport::Clerk &clerk : std::as_const(report->byClerk)) {
            ShiftReport::Clerk &sum = clerks[clerk.name];
            sum.name = clerk.name;
            sum.orders += clerk.orders;
            sum.salesMinor += clerk.salesMinor;
        }
        overview.shifts.append(*report);
    }
    overview.byClerk = clerks.values();
    return overview;
}

QString DailyOverview::toCsv() const
{
    QString csv;
    QTextStream out(&csv);
    const auto line = [&](const QString &section, const QString &terminal, const QString &shift,
                          const QString &item, const QString &count, std::optional<qint64> minor) {
        out << ShiftReport::csvField(section) << ',' << ShiftReport::csvField(terminal) << ','
            << shift << ',' << ShiftReport::csvField(item) << ',' << count << ','
            << (minor ? ShiftReport::plainDecimal(*minor, currency) : QString()) << '\n';
    };
    const auto figure = [&](const QString &section, const QString &terminal, const QString &shift,
                            const QString &item, const ShiftReport::Figure &f) {
        line(section, terminal, shift, item, QString::number(f.count), f.minor);
    };
    out << "section,terminal,shift,item,count,amount\n";
    line(QStringLiteral("day"), QString(), QString(), day.toString(Qt::ISODate), QString(),
         std::nullopt);
    line(QStringLiteral("day"), QString(), QString(), QStringLiteral("currency ") + currency,
         QString(), std::nullopt);
    for (const ShiftReport &r : shifts) {
        const QString shift = QString::number(r.shiftId);
        line(QStringLiteral("shift"), r.terminalId, shift,
             (r.zNumber > 0 ? QStringLiteral("Z %1").arg(r.zNumber) : QStringLiteral("open"))
                 + QStringLiteral(" opened ") + r.openedAt.toString(Qt::ISODate) + u' '
                 + r.openedBy,
             QString(), std::nullopt);
        figure(QStringLiteral("sales"), r.terminalId, shift, QStringLiteral("cash"), r.cashSales);
        figure(QStringLiteral("sales"), r.terminalId, shift, QStringLiteral("card"), r.cardSales);
        figure(QStringLiteral("refunds"), r.terminalId, shift, QStringLiteral("cash"),
               r.cashRefunds);
        figure(QStringLiteral("refunds"), r.terminalId, shift, QStringLiteral("card"),
               r.cardRefunds);
        line(QStringLiteral("cash"), r.terminalId, shift, QStringLiteral("expected"), QString(),
             r.expectedCashMinor);
        if (r.countedMinor)
            line(QStringLiteral("cash"), r.terminalId, shift, QStringLiteral("counted"), QString(),
                 *r.countedMinor);
        if (r.differenceMinor)
            line(QStringLiteral("cash"), r.terminalId, shift, QStringLiteral("difference"),
                 QString(), *r.differenceMinor);
        for (const ShiftReport::Clerk &clerk : r.byClerk)
            line(QStringLiteral("clerk"), r.terminalId, shift, clerk.name,
                 QString::number(clerk.orders), clerk.salesMinor);
    }
    figure(QStringLiteral("total"), QString(), QString(), QStringLiteral("cash sales"), cashSales);
    figure(QStringLiteral("total"), QString(), QString(), QStringLiteral("card sales"), cardSales);
    figure(QStringLiteral("total"), QString(), QString(), QStringLiteral("cash refunds"),
           cashRefunds);
    figure(QStringLiteral("total"), QString(), QString(), QStringLiteral("card refunds"),
           cardRefunds);
    line(QStringLiteral("total"), QString(), QString(), QStringLiteral("difference"), QString(),
         differenceMinor);
    for (const ShiftReport::Clerk &clerk : byClerk)
        line(QStringLiteral("total clerk"), QString(), QString(), clerk.name,
             QString::number(clerk.orders), clerk.salesMinor);
    return csv;
}

} // namespace quire
