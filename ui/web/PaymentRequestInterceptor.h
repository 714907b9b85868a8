#pragma once

#include "web/PaymentUrlPolicy.h"

#include <QWebEngineUrlRequestInterceptor>

namespace quire {

// Sees every request of the payment profile (main frame, frames, scripts,
// images, XHR, ...) and blocks whatever the policy does not allow, so a
// compromised or misconfigured page cannot pull in or send to a third origin.
// Qt 6 calls it on the UI thread.
class PaymentRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentRequestInterceptor)

public:
    explicit PaymentRequestInterceptor(const PaymentUrlPolicy &policy, QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    void requestBlocked(const QUrl &url);
    // A main-frame request for a return URL (normally acceptNavigationRequest
    // catches these first; this is the second line).
    void returnUrlCaught(quire::PaymentUrlPolicy::Verdict verdict);

private:
    const PaymentUrlPolicy &m_policy;
};

} // namespace quire
