#include "PaymentRequestInterceptor.h"

#include "UiLogging.h"

namespace quire {

PaymentRequestInterceptor::PaymentRequestInterceptor(const PaymentUrlPolicy &policy,
                                                     QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_policy(policy)
{}

void PaymentRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const auto verdict = m_policy.classify(url);
    if (verdict == PaymentUrlPolicy::Verdict::Allow)
        return;
    info.block(true);
    const bool mainFrame = info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame;
    if (mainFrame
        && (verdict == PaymentUrlPolicy::Verdict::ReturnToSuccess
            || verdict == PaymentUrlPolicy::Verdict::ReturnToCancel)) {
        Q_EMIT returnUrlCaught(verdict);
        return;
    }
    qCInfo(lcUi).noquote() << "payment view: blocked a request to"
                           << (PaymentUrlPolicy::originOf(url).isEmpty()
                                   ? url.scheme() + u':'
                                   : PaymentUrlPolicy::originOf(url));
    Q_EMIT requestBlocked(url);
}

} // namespace quire
