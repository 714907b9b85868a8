#include "SimRefund.h"

namespace quire::sim {

QJsonObject SimRefund::toJson() const {
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("refund")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("payment_intent"), paymentIntentId},
        {QStringLiteral("charge"), chargeId},
        {QStringLiteral("status"), status},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("created"), created},
    };
    if (!failureReason.isEmpty())
        object.insert(QStringLiteral("failure_reason"), failureReason);
    return object;
}

} // namespace quire::sim
