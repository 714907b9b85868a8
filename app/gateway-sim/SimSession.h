#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace quire::sim {

// A checkout session as the simulator keeps it; toJson() gives the
// checkout.session object of docs/gateway-protocol.md.
struct SimSession
{
    struct Line
    {
        QString name;
        qint64 unitAmount = 0;
        qint64 quantity = 0;
    };

    QString id;
    QString currency;
    QList<Line> lines;
    qint64 amountTotal = 0;
    QString status = QStringLiteral("open");          // open, complete, expired
    QString paymentStatus = QStringLiteral("unpaid"); // unpaid, paid
    QString clientReferenceId;
    QJsonObject metadata;
    QString paymentIntentId;
    qint64 created = 0;   // unix seconds
    qint64 expiresAt = 0; // unix seconds
    QString successUrl;
    QString cancelUrl;

    bool isOpen() const { return status == u"open"; }
    // `publicBaseUrl` is where the hosted page is served; the url is only
    // present while the session is open, as with Stripe.
    QJsonObject toJson(const QUrl &publicBaseUrl) const;
    // Everything, lines included, for --state-file; fromState() checks the shape.
    QJsonObject toState() const;
    static std::optional<SimSession> fromState(const QJsonObject &state);
    // success_url or cancel_url with {CHECKOUT_SESSION_ID} filled in.
    QString redirectUrl(const QString &templateUrl) const;
};

} // namespace quire::sim
