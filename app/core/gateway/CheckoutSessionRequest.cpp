#include "gateway/CheckoutSessionRequest.h"

#include "domain/Money.h"
#include "gateway/GatewayEvent.h"
#include "gateway/StripeFormEncoder.h"

#include <QUrl>

namespace quire {

namespace {

bool isAbsoluteUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && !url.scheme().isEmpty();
}

} // namespace

Result<void> CheckoutSessionRequest::validate() const
{
    if (!Money::isValidCurrencyCode(currency.toUpper()))
        return Error::invalid(QStringLiteral("checkout session: invalid currency '%1'")
                                  .arg(currency)); // notr: Quire's own request
    if (lines.isEmpty())
        return Error::invalid(
            QStringLiteral("checkout session: no lines")); // notr: Quire's own request
    for (const Line &line : lines) {
        if (line.name.trimmed().isEmpty())
            return Error::invalid(QStringLiteral(
                "checkout session: a line has no name")); // notr: Quire's own request
        if (line.unitAmount < 0)
            return Error::invalid(QStringLiteral(
                "checkout session: negative unit amount")); // notr: Quire's own request
        if (line.quantity < 1)
            return Error::invalid(QStringLiteral(
                "checkout session: quantity must be at least 1")); // notr: Quire's own request
    }
    if (!isAbsoluteUrl(successUrl) || !isAbsoluteUrl(cancelUrl))
        return Error::invalid(QStringLiteral(
            "checkout session: success and cancel URLs required")); // notr: Quire's own request
    if (!expiresAt.isValid())
        return Error::invalid(
            QStringLiteral("checkout session: no expiry time")); // notr: Quire's own request
    return {};
}

QByteArray CheckoutSessionRequest::toFormBody() const
{
    StripeFormEncoder form;
    form.add(QStringLiteral("mode"), QStringLiteral("payment"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString prefix = QStringLiteral("line_items[%1]").arg(i);
        const Line &line = lines.at(i);
        form.add(prefix + QStringLiteral("[price_data][currency]"), currency.toLower());
        form.add(prefix + QStringLiteral("[price_data][unit_amount]"), line.unitAmount);
        form.add(prefix + QStringLiteral("[price_data][product_data][name]"), line.name);
        form.add(prefix + QStringLiteral("[quantity]"), line.quantity);
    }
    if (!clientReferenceId.isEmpty())
        form.add(QStringLiteral("client_reference_id"), clientReferenceId);
    // The payment intent carries its own copy: its events (a declined card)
    // and its charge's (a refund) do not include the session.
    const auto addMetadata = [&form](const QString &key, const QString &value) {
        if (value.isEmpty())
            return;
        form.add(QStringLiteral("metadata[%1]").arg(key), value);
        form.add(QStringLiteral("payment_intent_data[metadata][%1]").arg(key), value);
    };
    addMetadata(QStringLiteral("quire_payment_id"), quirePaymentId);
    addMetadata(GatewayEvent::installationMetadataKey(), quireInstallationId);
    form.add(QStringLiteral("success_url"), successUrl);
    form.add(QStringLiteral("cancel_url"), cancelUrl);
    form.add(QStringLiteral("expires_at"), expiresAt.toSecsSinceEpoch());
    return form.toByteArray();
}

} // namespace quire
