#include "shift/ShiftReportDocument.h"

#include "UiLogging.h"
#include "domain/Money.h"

namespace quire {

namespace {

QString row(const QString &label, const QString &count, const QString &amount,
            const QString &rowClass = QString())
{
    return (rowClass.isEmpty() ? QStringLiteral("<tr>")
                               : QStringLiteral("<tr class=\"%1\">").arg(rowClass))
           + QStringLiteral("<td width=\"52%\">") + label.toHtmlEscaped()
           + QStringLiteral("</td><td width=\"14%\" align=\"right\">") + count.toHtmlEscaped()
           + QStringLiteral("</td><td width=\"34%\" align=\"right\">") + amount.toHtmlEscaped()
           + QStringLiteral("</td></tr>\n");
}

QString section(const QString &heading, const QString &rows)
{
    return QStringLiteral("<h3>") + heading.toHtmlEscaped()
           + QStringLiteral("</h3>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n")
           + rows + QStringLiteral("</table>\n");
}

} // namespace

ShiftReportDocument::ShiftReportDocument(ShiftReport report, QLocale locale)
    : m_report(std::move(report))
    , m_locale(std::move(locale))
{}

QString ShiftReportDocument::title() const
{
    return m_report.zNumber > 0 ? tr("Z report %1").arg(m_report.zNumber) : tr("X report");
}

QString ShiftReportDocument::suggestedFileName(const QString &suffix) const
{
    if (m_report.zNumber > 0)
        return QStringLiteral("z-report-%1-%2.%3")
            .arg(m_report.terminalId)
            .arg(m_report.zNumber)
            .arg(suffix);
    return QStringLiteral("x-report-%1-shift-%2.%3")
        .arg(m_report.terminalId)
        .arg(m_report.shiftId)
        .arg(suffix);
}

QString ShiftReportDocument::money(qint64 minor) const
{
    auto amount = Money::fromMinorUnits(minor, m_report.currency);
    return amount ? amount->toString(m_locale) : QString::number(minor);
}

QString ShiftReportDocument::dateTime(const QDateTime &when) const
{
    return when.isValid() ? m_locale.toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString ShiftReportDocument::html() const
{
    const ShiftReport &r = m_report;
    const auto figure = [this](const QString &label, const ShiftReport::Figure &f) {
        return row(label, m_locale.toString(f.count), money(f.minor));
    };
    const auto amount
        = [this](const QString &label, qint64 minor, const QString &rowClass = QString()) {
              return row(label, QString(), money(minor), rowClass);
          };

    QString head = QStringLiteral("<p>") + tr("Terminal %1").arg(r.terminalId).toHtmlEscaped()
                   + QStringLiteral("<br>") + tr("Shift %1").arg(r.shiftId).toHtmlEscaped()
                   + QStringLiteral("<br>")
                   + tr("Opened %1 by %2").arg(dateTime(r.openedAt), r.openedBy).toHtmlEscaped();
    if (r.closed)
        head += QStringLiteral("<br>") + tr("Closed %1").arg(dateTime(r.closedAt)).toHtmlEscaped();
    head += QStringLiteral("<br>") + tr("Printed %1").arg(dateTime(r.generatedAt)).toHtmlEscaped()
            + QStringLiteral("</p>\n");
    if (r.zNumber == 0)
        head += QStringLiteral("<p><b>")
                + tr("Interim report: the shift is still open.").toHtmlEscaped()
                + QStringLiteral("</b></p>\n");

    const QString header
        = QStringLiteral("<tr class=\"head\"><th align=\"left\">") + tr("Item").toHtmlEscaped()
          + QStringLiteral("</th><th align=\"right\">") + tr("Count").toHtmlEscaped()
          + QStringLiteral("</th><th align=\"right\">") + tr("Amount").toHtmlEscaped()
          + QStringLiteral("</th></tr>\n");
    QString body;
    body += section(tr("Sales"), header + figure(tr("Cash sales"), r.cashSales)
                                     + figure(tr("Card sales"), r.cardSales));
    body += section(tr("Refunds"), figure(tr("Cash refunds"), r.cashRefunds)
                                       + figure(tr("Card refunds"), r.cardRefunds));
    body += section(tr("Drawer"),
                    figure(tr("Cash in"), r.cashIn) + figure(tr("Paid-outs"), r.paidOuts)
                        + figure(tr("Bank drops"), r.bankDrops)
                        + row(tr("No sales"), m_locale.toString(r.noSales.count), QString())
                        + figure(tr("Voids"), r.voids));
    QString cash = amount(tr("Float"), r.floatMinor) + amount(tr("Cash rounding"), r.roundingMinor)
                   + amount(tr("Expected cash"), r.expectedCashMinor, QStringLiteral("total"));
    if (r.countedMinor)
        cash += amount(tr("Counted cash"), *r.countedMinor);
    if (r.differenceMinor)
        cash += amount(tr("Difference"), *r.differenceMinor, QStringLiteral("total"));
    body += section(tr("Cash"), cash);
    QString clerks;
    for (const ShiftReport::Clerk &clerk : r.byClerk)
        clerks += row(clerk.name.isEmpty() ? tr("(unknown)") : clerk.name,
                      m_locale.toString(clerk.orders), money(clerk.salesMinor));
    if (clerks.isEmpty())
        clerks = row(tr("No sales"), QString(), QString());
    body += section(tr("By clerk"), clerks);

    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
           + title().toHtmlEscaped()
           + QStringLiteral("</title>\n<style>\n"
                            "  body { font-family: sans-serif; font-size: 9pt; color: #000; }\n"
                            "  h1 { font-size: 14pt; margin-bottom: 2pt; }\n"
                            "  h3 { font-size: 10pt; margin-top: 6pt; margin-bottom: 1pt; }\n"
                            "  tr.head th { border-bottom: 1px solid #000; font-weight: normal; }\n"
                            "  tr.total td { font-weight: bold; }\n"
                            "</style></head>\n<body>\n<h1>")
           + title().toHtmlEscaped() + QStringLiteral("</h1>\n") + head + body
           + QStringLiteral("</body></html>\n");
}

Result<void> ShiftReportDocument::writePdf(const QString &filePath, Paper paper) const
{
    if (filePath.isEmpty())
        return Error::invalid(tr("No file name for the report."));
    if (!DocumentPrinter(title(), html()).writePdf(filePath, paper))
        return Error::invalid(tr("The report could not be written to %1.").arg(filePath));
    qCInfo(lcUi) << "shift report" << m_report.shiftId << "saved as PDF";
    return {};
}

void ShiftReportDocument::printOnChosenPrinter(QWidget *parent, Paper paper,
                                               const std::function<bool(QPrinter *)> &prompt) const
{
    DocumentPrinter(title(), html())
        .printOnChosenPrinter(parent, paper, prompt, QStringLiteral("printShiftReportDialog"));
}

} // namespace quire
