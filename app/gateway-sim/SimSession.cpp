#include "SimSession.h"

#include <QJsonArray>

namespace quire::sim {

QJsonObject SimSession::toJson(const QUrl &publicBaseUrl) const
{
    QJsonValue url = QJsonValue::Null;
    if (isOpen()) {
        QUrl page = publicBaseUrl;
        page.setPath(QStringLiteral("/pay/") + id);
        url = page.toString();
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("checkout.session")},
        {QStringLiteral("url"), url},
        {QStringLiteral("mode"), QStringLiteral("payment")},
        {QStringLiteral("amount_total"), amountTotal},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("status"), status},
        {QStringLiteral("payment_status"), paymentStatus},
        {QStringLiteral("client_reference_id"), clientReferenceId.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(clientReferenceId)},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("payment_intent"), paymentIntentId},
        {QStringLiteral("created"), created},
        {QStringLiteral("expires_at"), expiresAt},
        {QStringLiteral("success_url"), successUrl},
        {QStringLiteral("cancel_url"),
         cancelUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cancelUrl)},
        {QStringLiteral("livemode"), false},
    };
}

QJsonObject SimSession::toState() const
{
    QJsonArray lineStates;
    for (const Line &line : lines)
        lineStates.append(QJsonObject{{QStringLiteral("name"), line.name},
                                      {QStringLiteral("unit_amount"), line.unitAmount},
                                      {QStringLiteral("quantity"), line.quantity}});
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("lines"), lineStates},
        {QStringLiteral("amount_total"), amountTotal},
        {QStringLiteral("status"), status},
        {QStringLiteral("payment_status"), paymentStatus},
        {QStringLiteral("client_reference_id"), clientReferenceId},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("payment_intent"), paymentIntentId},
        {QStringLiteral("created"), created},
        {QStringLiteral("expires_at"), expiresAt},
        {QStringLiteral("success_url"), successUrl},
        {QStringLiteral("cancel_url"), cancelUrl},
    };
}

std::optional<SimSession> SimSession::fromState(const QJsonObject &state)
{
    SimSession session;
    session.id = state.value(u"id").toString();
    session.currency = state.value(u"currency").toString();
    for (const QJsonValue &value : state.value(u"lines").toArray()) {
        const QJsonObject line = value.toObject();
        session.lines.append({line.value(u"name").toString(),
                              line.value(u"unit_amount").toInteger(),
                              line.value(u"quantity").toInteger()});
    }
    session.amountTotal = state.value(u"amount_total").toInteger();
    session.status = state.value(u"status").toString();
    session.paymentStatus = state.value(u"payment_status").toString();
    session.clientReferenceId = state.value(u"client_reference_id").toString();
    session.metadata = state.value(u"metadata").toObject();
    session.paymentIntentId = state.value(u"payment_intent").toString();
    session.created = state.value(u"created").toInteger();
    session.expiresAt = state.value(u"expires_at").toInteger();
    session.successUrl = state.value(u"success_url").toString();
    session.cancelUrl = state.value(u"cancel_url").toString();
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("complete"),
                                      QStringLiteral("expired")};
    if (!session.id.startsWith(u"cs_") || session.currency.isEmpty() || session.lines.isEmpty()
        || !statuses.contains(session.status) || session.paymentIntentId.isEmpty())
        return std::nullopt;
    return session;
}

QString SimSession::redirectUrl(const QString &templateUrl) const
{
    return QString(templateUrl).replace(QStringLiteral("{CHECKOUT_SESSION_ID}"), id);
}

} // namespace quire::sim
