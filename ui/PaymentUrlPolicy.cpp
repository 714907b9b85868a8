#include "PaymentUrlPolicy.h"

namespace quire {

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int fallback = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    return url.port(fallback);
}

bool isNetworkScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

} // namespace

PaymentUrlPolicy::PaymentUrlPolicy(QUrl successUrl, QUrl cancelUrl)
    : m_successUrl(std::move(successUrl))
    , m_cancelUrl(std::move(cancelUrl))
{}

void PaymentUrlPolicy::allowOriginOf(const QUrl &pageUrl)
{
    m_allowedOrigin = originOf(pageUrl);
}

QString PaymentUrlPolicy::originOf(const QUrl &url)
{
    if (!url.isValid() || !isNetworkScheme(url) || url.host().isEmpty())
        return QString();
    QString host = url.host().toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // IPv6 literal
    return url.scheme().toLower() + QStringLiteral("://") + host + u':'
           + QString::number(effectivePort(url));
}

bool PaymentUrlPolicy::sameEndpoint(const QUrl &url, const QUrl &returnUrl)
{
    // The query differs on every attempt (the gateway fills in the session
    // id), so the scheme, host, port and path identify a return URL.
    return returnUrl.isValid() && !originOf(returnUrl).isEmpty()
           && originOf(url) == originOf(returnUrl) && url.path() == returnUrl.path();
}

PaymentUrlPolicy::Verdict PaymentUrlPolicy::classify(const QUrl &url) const
{
    if (sameEndpoint(url, m_successUrl))
        return Verdict::ReturnToSuccess;
    if (sameEndpoint(url, m_cancelUrl))
        return Verdict::ReturnToCancel;
    const QString origin = originOf(url);
    if (!origin.isEmpty() && origin == m_allowedOrigin)
        return Verdict::Allow;
    return Verdict::Block;
}

} // namespace quire
