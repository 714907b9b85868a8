#pragma once

#include "gateway/GatewayOriginPolicy.h"

#include <QString>

namespace quire {

// How the app runs payments against the gateway. Defaults suit a counter;
// tests shorten the times.
struct PaymentSettings
{
    // Inactivity on the payment page before the attempt times out: input in
    // the view, page navigations and frames loading (a 3-D Secure challenge)
    // count as activity (PaymentCoordinator::noteCustomerActivity).
    int paymentTimeoutSeconds = 300;
    // However active the page, an attempt ends this long after it started
    // (never less than paymentTimeoutSeconds). The gateway's session is made
    // to live 30 minutes longer, so Quire always closes it first.
    int paymentMaxSeconds = 1800;
    // How long to wait for a callback before asking the gateway, and the
    // longest wait between two such checks (exponential backoff between).
    int firstPollAfterMs = 10'000;
    int maxPollIntervalMs = 120'000;
    // Consecutive unanswered gateway calls before the gateway_unresponsive alert.
    int unresponsiveAfterFailures = 3;
    // How often pending work is looked at.
    int tickIntervalMs = 500;
    // Where the hosted page sends the customer back; the app's web view
    // catches these, they never load. {CHECKOUT_SESSION_ID} is Stripe's placeholder.
    QString successUrl
        = QStringLiteral("https://quire.invalid/return/success?session={CHECKOUT_SESSION_ID}");
    QString cancelUrl
        = QStringLiteral("https://quire.invalid/return/cancel?session={CHECKOUT_SESSION_ID}");
    // What the payment view lets the hosted page load (`[gatewayOrigins]`).
    GatewayOriginPolicy originPolicy;
};

} // namespace quire
