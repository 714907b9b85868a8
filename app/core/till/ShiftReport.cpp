#include "till/ShiftReport.h"

#include "domain/Money.h"
#include "persistence/Database.h"
#include "persistence/ShiftRepository.h"

#include <QTextStream>

namespace quire {

namespace {

Result<ShiftReport::Figure> figure(Database &database, const QString &sql, qint64 shiftId)
{
    auto query = database.exec(sql, {shiftId});
    if (!query)
        return query.error();
    ShiftReport::Figure figure;
    if (query.value().next()) {
        figure.count = query.value().value(0).toInt();
        figure.minor = query.value().value(1).toLongLong();
    }
    return figure;
}

QString decimal(qint64 minor, int digits)
{
    if (digits == 0)
        return QString::number(minor);
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    const qint64 whole = (minor < 0 ? -minor : minor) / divisor;
    const qint64 fraction = (minor < 0 ? -minor : minor) % divisor;
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(fraction, digits, 10, QLatin1Char('0'));
}

QString quotedField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

Result<ShiftReport> ShiftReport::compute(Database &database, qint64 shiftId, qint64 nowMs)
{
    auto shift = ShiftRepository(database).find(shiftId);
    if (!shift)
        return shift.error();
    ShiftReport report;
    report.shiftId = shift->id;
    report.terminalId = shift->terminalId;
    report.currency = shift->openingFloat.currency();
    report.closed = !shift->open;
    report.openedAt = shift->openedAt;
    report.closedAt = shift->closedAt;
    report.generatedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    report.floatMinor = shift->openingFloat.minorUnits();
    if (!shift->open) {
        report.countedMinor = shift->counted.minorUnits();
        report.differenceMinor = shift->difference.minorUnits();
    }
    if (auto opener = database.exec(QStringLiteral("SELECT username FROM users WHERE id = ?"),
                                    {shift->openedBy});
        opener && opener.value().next())
        report.openedBy = opener.value().value(0).toString();
    if (auto z = ShiftRepository(database).zReportOf(shiftId); !z)
        return z.error();
    else if (*z)
        report.zNumber = (*z)->number;

    const struct
    {
        Figure *target;
        const char *sql;
    } figures[] = {
        {&report.cashSales, "SELECT COUNT(*), COALESCE(SUM(amount_minor + rounding_minor), 0)"
                            " FROM tenders WHERE shift_id = ?"},
        {&report.cashRefunds, "SELECT COUNT(*), COALESCE(SUM(amount_minor + rounding_minor), 0)"
                              " FROM tenders WHERE refund_shift_id = ?"},
        {&report.cardSales, "SELECT COUNT(*), COALESCE(SUM(p.amount_minor), 0) FROM payments p"
                            " JOIN orders o ON o.id = p.order_id WHERE o.shift_id = ?"
                            " AND p.status IN ('paid', 'refunded')"},
        {&report.cardRefunds, "SELECT COUNT(*), COALESCE(SUM(r.amount_minor), 0) FROM refunds r"
                              " JOIN payments p ON p.id = r.payment_id"
                              " JOIN orders o ON o.id = p.order_id WHERE o.shift_id = ?"
                              " AND r.status = 'succeeded'"},
        {&report.cashIn, "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0) FROM cash_movements"
                         " WHERE shift_id = ? AND kind = 'cash_in'"},
        {&report.paidOuts, "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0) FROM cash_movements"
                           " WHERE shift_id = ? AND kind = 'paid_out'"},
        {&report.bankDrops, "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0) FROM cash_movements"
                            " WHERE shift_id = ? AND kind = 'bank_drop'"},
        {&report.voids, "SELECT COUNT(*), COALESCE(SUM(total_minor), 0) FROM orders"
                        " WHERE shift_id = ? AND status = 'cancelled'"},
        {&report.noSales, "SELECT COUNT(*), 0 FROM drawer_openings"
                          " WHERE shift_id = ? AND reason = 'no_sale'"},
    };
    for (const auto &entry : figures) {
        auto found = figure(database, QString::fromLatin1(entry.sql), shiftId);
        if (!found)
            return found.error();
        *entry.target = *found;
    }
    auto rounding = figure(database,
                           QStringLiteral("SELECT COUNT(*), COALESCE(SUM(rounding_minor), 0)"
                                          " FROM tenders WHERE shift_id = ?"),
                           shiftId);
    if (!rounding)
        return rounding.error();
    report.roundingMinor = rounding->minor;
    report.expectedCashMinor = report.floatMinor + report.cashSales.minor - report.cashRefunds.minor
                               + report.cashIn.minor - report.paidOuts.minor
                               - report.bankDrops.minor;

    auto clerks = database.exec(
        QStringLiteral("SELECT COALESCE(u.username, ''), COUNT(*), COALESCE(SUM(o.total_minor), 0)"
                       " FROM orders o LEFT JOIN users u ON u.id = o.created_by"
                       " WHERE o.shift_id = ? AND o.status IN ('paid', 'refunded')"
                       " GROUP BY u.username ORDER BY u.username"),
        {shiftId});
    if (!clerks)
        return clerks.error();
    while (clerks.value().next())
        report.byClerk.append({clerks.value().value(0).toString(), clerks.value().value(1).toInt(),
                               clerks.value().value(2).toLongLong()});
    return report;
}

QString ShiftReport::plainDecimal(qint64 minor, const QString &currency)
{
    return decimal(minor, Money::fractionDigits(currency));
}

QString ShiftReport::csvField(const QString &text)
{
    return quotedField(text);
}

QString ShiftReport::toCsv() const
{
    const int digits = Money::fractionDigits(currency);
    QString csv;
    QTextStream out(&csv);
    const auto line = [&](const QString &section, const QString &item, const QString &count,
                          std::optional<qint64> minor) {
        out << quotedField(section) << ',' << quotedField(item) << ',' << count << ','
            << (minor ? decimal(*minor, digits) : QString()) << '\n';
    };
    out << "section,item,count,amount\n";
    line(QStringLiteral("report"), zNumber > 0 ? QStringLiteral("Z") : QStringLiteral("X"),
         QString::number(zNumber), std::nullopt);
    line(QStringLiteral("report"), QStringLiteral("terminal ") + terminalId, QString(),
         std::nullopt);
    line(QStringLiteral("report"), QStringLiteral("shift ") + QString::number(shiftId), QString(),
         std::nullopt);
    line(QStringLiteral("report"), QStringLiteral("currency ") + currency, QString(), std::nullopt);
    line(QStringLiteral("report"),
         QStringLiteral("opened ") + openedAt.toString(Qt::ISODate) + u' ' + openedBy, QString(),
         std::nullopt);
    if (closed)
        line(QStringLiteral("report"), QStringLiteral("closed ") + closedAt.toString(Qt::ISODate),
             QString(), std::nullopt);
    const auto figureLine = [&](const QString &section, const QString &item, const Figure &f) {
        line(section, item, QString::number(f.count), f.minor);
    };
    figureLine(QStringLiteral("sales"), QStringLiteral("cash"), cashSales);
    figureLine(QStringLiteral("sales"), QStringLiteral("card"), cardSales);
    figureLine(QStringLiteral("refunds"), QStringLiteral("cash"), cashRefunds);
    figureLine(QStringLiteral("refunds"), QStringLiteral("card"), cardRefunds);
    figureLine(QStringLiteral("drawer"), QStringLiteral("cash in"), cashIn);
    figureLine(QStringLiteral("drawer"), QStringLiteral("paid out"), paidOuts);
    figureLine(QStringLiteral("drawer"), QStringLiteral("bank drop"), bankDrops);
    figureLine(QStringLiteral("drawer"), QStringLiteral("no sale"), noSales);
    figureLine(QStringLiteral("voids"), QStringLiteral("cancelled orders"), voids);
    line(QStringLiteral("cash"), QStringLiteral("float"), QString(), floatMinor);
    line(QStringLiteral("cash"), QStringLiteral("rounding"), QString(), roundingMinor);
    line(QStringLiteral("cash"), QStringLiteral("expected"), QString(), expectedCashMinor);
    if (countedMinor)
        line(QStringLiteral("cash"), QStringLiteral("counted"), QString(), *countedMinor);
    if (differenceMinor)
        line(QStringLiteral("cash"), QStringLiteral("difference"), QString(), *differenceMinor);
    for (const Clerk &clerk : byClerk)
        line(QStringLiteral("clerk"), clerk.name, QString::number(clerk.orders), clerk.salesMinor);
    return csv;
}

} // namespace quire
