#include "SimSession.h"

namespace quire::sim {

QJsonObject SimSession::toJson(const QUrl &publicBaseUrl) const {
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

QString SimSession::redirectUrl(const QString &templateUrl) const {
    return QString(templateUrl).replace(QStringLiteral("{CHECKOUT_SESSION_ID}"), id);
}

} // namespace quire::sim
