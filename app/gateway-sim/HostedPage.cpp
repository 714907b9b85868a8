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

namespace {

QString messageBlock(const QString &message, HostedPage::Tone tone)
{
    if (message.isEmpty())
        return QString();
    const QString cls
        = tone == HostedPage::Tone::Error ? QStringLiteral("error") : QStringLiteral("info");
    return QStringLiteral("<p class=\"message %1\" id=\"message\" role=\"alert\">%2</p>")
        .arg(cls, message.toHtmlEscaped());
}

QString linesBlock(const SimSession &session)
{
    QString lines;
    for (const SimSession::Line &line : session.lines) {
        lines
            += QStringLiteral("      <tr><td class=\"qty\">%1 ×</td><td>%2</td>"
                              "<td class=\"price\">%3</td></tr>\n")
                   .arg(line.quantity)
                   .arg(line.name.toHtmlEscaped(),
                        HostedPage::formatAmount(line.unitAmount * line.quantity, session.currency)
                            .toHtmlEscaped());
    }
    return lines;
}

QByteArray page(const SimSession &session, const QString &messageHtml, const QString &form)
{
    return fill(resource(QStringLiteral("pay.html")),
                {{QStringLiteral("css"), resource(QStringLiteral("pay.css"))},
                 {QStringLiteral("amount"),
                  HostedPage::formatAmount(session.amountTotal, session.currency).toHtmlEscaped()},
                 {QStringLiteral("lines"), linesBlock(session)},
                 {QStringLiteral("message"), messageHtml},
                 {QStringLiteral("form"), form}})
        .toUtf8();
}

} // namespace

QByteArray HostedPage::renderWithChallenge(const SimSession &session, const QUrl &challengeUrl)
{
    const QUrl origin
        = challengeUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString challenge = fill(
        resource(QStringLiteral("pay-challenge.html")),
        {{QStringLiteral("challenge_url"), challengeUrl.toString().toHtmlEscaped()},
         // Ids and origins are [A-Za-z0-9_:/.]: safe inside the script's quotes.
         {QStringLiteral("challenge_origin"), origin.toString(QUrl::FullyEncoded)},
         {QStringLiteral("result_path"), QStringLiteral("/pay/%1/challenge").arg(session.id)}});
    return page(
        session,
        messageBlock(QStringLiteral("Your bank asks you to confirm this payment."), Tone::Info),
        challenge);
}

QByteArray HostedPage::challenge(const SimSession &session, const QString &challengeId)
{
    return fill(resource(QStringLiteral("challenge.html")),
                {{QStringLiteral("amount"),
                  formatAmount(session.amountTotal, session.currency).toHtmlEscaped()},
                 {QStringLiteral("challenge_id"), challengeId.toHtmlEscaped()}})
        .toUtf8();
}

QByteArray HostedPage::challengeAnswered(const QString &message, const QString &checkoutOrigin)
{
    return fill(resource(QStringLiteral("challenge-answered.html")),
                {{QStringLiteral("message"), message.toHtmlEscaped()},
                 {QStringLiteral("checkout_origin"), checkoutOrigin.toHtmlEscaped()}})
        .toUtf8();
}

QByteArray HostedPage::challengeScript()
{
    return resource(QStringLiteral("challenge.js")).toUtf8();
}

QByteArray HostedPage::render(const SimSession &session, const QString &message, Tone tone)
{
    const QString amount = formatAmount(session.amountTotal, session.currency).toHtmlEscaped();
    const QString form = session.isOpen()
                             ? fill(resource(QStringLiteral("pay-form.html")),
                                    {{QStringLiteral("session_id"), session.id.toHtmlEscaped()},
                                     {QStringLiteral("amount"), amount}})
                             : QString();
    return page(session, messageBlock(message, tone), form);
}

QByteArray HostedPage::notFound()
{
    return QByteArrayLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                             "<title>Test payment</title></head><body><main><h1>Test payment</h1>"
                             "<p>This payment page does not exist.</p></main></body></html>");
}

} // namespace quire::sim
