#pragma once

#include <QUrl>

namespace quire {

// Decides what the payment web view may load. Only the gateway's origin
// (scheme, host and port of the hosted page it was given) is allowed; the
// configured return URLs are recognised so they can be caught instead of
// loaded; everything else is blocked. Kept free of Qt WebEngine so both the
// page (main-frame navigations) and the profile's interceptor (every
// sub-resource) apply the very same rule.
class PaymentUrlPolicy
{
public:
    enum class Verdict { Allow, ReturnToSuccess, ReturnToCancel, Block };

    PaymentUrlPolicy() = default;
    PaymentUrlPolicy(QUrl successUrl, QUrl cancelUrl);

    // Allows the origin of `pageUrl` from now on (replacing the previous one).
    void allowOriginOf(const QUrl &pageUrl);
    void clearAllowedOrigin() { m_allowedOrigin.clear(); }
    // "http://127.0.0.1:41234", or empty when nothing is allowed.
    const QString &allowedOrigin() const { return m_allowedOrigin; }

    Verdict classify(const QUrl &url) const;

    // Scheme, host and effective port; empty for URLs without a network origin.
    // Logging uses this instead of the URL: the hosted page's path carries a
    // session token that must never reach a log.
    static QString originOf(const QUrl &url);

private:
    static bool sameEndpoint(const QUrl &url, const QUrl &returnUrl);

    QUrl m_successUrl;
    QUrl m_cancelUrl;
    QString m_allowedOrigin;
};

} // namespace quire
