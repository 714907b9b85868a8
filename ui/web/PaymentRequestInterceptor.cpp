#include "web/PaymentRequestInterceptor.h"

#include "UiLogging.h"

namespace quire {

namespace {

PaymentUrlPolicy::Request requestKind(QWebEngineUrlRequestInfo::ResourceType type)
{
    switch (type) {
    case QWebEngineUrlRequestInfo::ResourceTypeMainFrame:
    case QWebEngineUrlRequestInfo::ResourceTypeNavigationPreloadMainFrame:
        return PaymentUrlPolicy::Request::MainFrame;
    case QWebEngineUrlRequestInfo::ResourceTypeSubFrame:
    case QWebEngineUrlRequestInfo::ResourceTypeNavigationPreloadSubFrame:
        return PaymentUrlPolicy::Request::SubFrame;
    default:
        // Scripts, styles, images, fonts, XHR, pings, workers, media,
        // unknown kinds: all held to the sub-resource rule.
        return PaymentUrlPolicy::Request::SubResource;
    }
}

} // namespace

PaymentRequestInterceptor::PaymentRequestInterceptor(const PaymentUrlPolicy &policy,
                                                     QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_policy(policy)
{}

void PaymentRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const PaymentUrlPolicy::Request kind = requestKind(info.resourceType());
    // firstPartyUrl() is the tab's visible URL, the same for every frame, so
    // it cannot tell the checkout page's requests from a challenge frame's;
    // the initiator (the requesting document's origin) can.
    const auto verdict = m_policy.classifyRequest(url, kind, info.initiator());
    if (verdict == PaymentUrlPolicy::Verdict::Allow)
        return;
    info.block(true);
    if (kind == PaymentUrlPolicy::Request::MainFrame
        && (verdict == PaymentUrlPolicy::Verdict::ReturnToSuccess
            || verdict == PaymentUrlPolicy::Verdict::ReturnToCancel)) {
        Q_EMIT returnUrlCaught(verdict);
        return;
    }
    const char *what = kind == PaymentUrlPolicy::Request::MainFrame  ? "page"
                       : kind == PaymentUrlPolicy::Request::SubFrame ? "frame"
                                                                     : "request";
    qCInfo(lcUi).noquote() << "payment view: blocked a" << what << "to"
                           << (PaymentUrlPolicy::originOf(url).isEmpty()
                                   ? url.scheme() + u':'
                                   : PaymentUrlPolicy::originOf(url));
    Q_EMIT requestBlocked(url);
}

} // namespace quire
