#include "HostedPage.h"

#include "SimSession.h"
#include "domain/Money.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace quire::sim {

namespace {

QString resource(const QString &name)
{
    QFile file(QStringLiteral(":/gateway-sim/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // only if the build lost the resources; the page says so by being empty
    return QString::fromUtf8(file.readAll());
}

// One pass over the template, so text inserted for one placeholder (a book
// title containing "{{form}}") is never itself expanded.
QString fill(const QString &text, const QList<std::pair<QString, QString>> &values)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{([a-z_]+)\}\})"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        for (const auto &[key, value] : values)
            if (key == name)
                out += value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString HostedPage::formatAmount(qint64 minorUnits, const QString &currency)
{
    const auto money = Money::fromMinorUnits(minorUnits, currency.toUpper());
    if (!money)
        return QString::number(minorUnits) + u' ' + currency.toUpper();
    return money->toString(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QByteArray HostedPage::render(const SimSession &session, const QString &message, Tone tone)
{
    QString lines;
    for (const SimSession::Line &line : session.lines) {
        lines += QStringLiteral("      <tr><td class=\"qty\">%1 ×</td><td>%2</td>"
                                "<td class=\"price\">%3</td></tr>\n")
                     .arg(line.quantity)
                     .arg(line.name.toHtmlEscaped(),
                          formatAmount(line.unitAmount * line.quantity, session.currency)
                              .toHtmlEscaped());
    }
    QString messageHtml;
    if (!message.isEmpty()) {
        const QString cls = tone == Tone::Error ? QStringLiteral("error") : QStringLiteral("info");
        messageHtml = QStringLiteral("<p class=\"message %1\" id=\"message\" role=\"alert\">%2</p>")
                          .arg(cls, message.toHtmlEscaped());
    }
    const QString amount = formatAmount(session.amountTotal, session.currency).toHtmlEscaped();
    const QString form = session.isOpen()
                             ? fill(resource(QStringLiteral("pay-form.html")),
                                    {{QStringLiteral("session_id"), session.id.toHtmlEscaped()},
                                     {QStringLiteral("amount"), amount}})
                             : QString();
    return fill(resource(QStringLiteral("pay.html")),
                {{QStringLiteral("css"), resource(QStringLiteral("pay.css"))},
                 {QStringLiteral("amount"), amount},
                 {QStringLiteral("lines"), lines},
                 {QStringLiteral("message"), messageHtml},
                 {QStringLiteral("form"), form}})
        .toUtf8();
}

QByteArray HostedPage::notFound()
{
    return QByteArrayLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                             "<title>Test payment</title></head><body><main><h1>Test payment</h1>"
                             "<p>This payment page does not exist.</p></main></body></html>");
}

} // namespace quire::sim
