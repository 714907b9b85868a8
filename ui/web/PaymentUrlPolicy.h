#pragma once

#include "gateway/GatewayOriginPolicy.h"

#include <QUrl>

namespace quire {

// Decides what the payment web view may load, by the gateway origin policy
// (docs/security.md, "Payment view"):
//
// - main frame: only the exact origin of the hosted page it was given, and
//   only if the policy names that a checkout origin; the return URLs are
//   recognised so they can be caught instead of loaded;
// - subframes: the checkout origin, the policy's resource origins, any
//   https origin (a 3-D Secure challenge), the policy's frame origins
//   (loopback http for the demo), about:blank, and blob: URLs of the
//   checkout or a resource origin; never file:, data:, javascript: or other
//   plain http;
// - sub-resources: the checkout and the resource origins for every frame;
//   besides, a document on another origin (an admitted challenge frame) may
//   load from its own origin, told by the request's initiator. The main
//   frame's own requests therefore never reach an unlisted origin.
//
// Kept free of Qt WebEngine so both the page (navigations) and the
// profile's interceptor (every request) apply the very same rule, and a
// unit test can state it.
class PaymentUrlPolicy
{
public:
    enum class Verdict { Allow, ReturnToSuccess, ReturnToCancel, Block };
    enum class Request { MainFrame, SubFrame, SubResource };

    PaymentUrlPolicy() = default;
    PaymentUrlPolicy(QUrl successUrl, QUrl cancelUrl,
                     GatewayOriginPolicy origins = GatewayOriginPolicy());

    // Pins the main frame to the origin of `pageUrl` (replacing the previous
    // one) when the policy admits it as a checkout origin; otherwise nothing
    // is allowed and the answer is false.
    bool allowOriginOf(const QUrl &pageUrl);
    void clearAllowedOrigin();
    // "http://127.0.0.1:41234", or empty when nothing is allowed.
    const QString &allowedOrigin() const { return m_allowedOrigin; }
    // The lists in force for the current page (Automatic resolved).
    const GatewayOriginPolicy &activeOrigins() const { return m_active; }

    // For a main-frame navigation.
    Verdict classify(const QUrl &url) const { return classifyRequest(url, Request::MainFrame); }
    // `initiator`: the origin of the document that made the request (empty
    // for the browser's own, such as a typed URL).
    Verdict classifyRequest(const QUrl &url, Request request, const QUrl &initiator = QUrl()) const;

    // Scheme, host and effective port; empty for URLs without a network origin.
    // Logging uses this instead of the URL: the hosted page's path carries a
    // session token that must never reach a log.
    static QString originOf(const QUrl &url);

private:
    static bool sameEndpoint(const QUrl &url, const QUrl &returnUrl);
    bool isCheckoutOrResource(const QUrl &url) const;
    bool mayFrame(const QUrl &url) const;

    QUrl m_successUrl;
    QUrl m_cancelUrl;
    GatewayOriginPolicy m_configured;
    GatewayOriginPolicy m_active;
    QString m_allowedOrigin;
};

} // namespace quire
