#include "web/PaymentUrlPolicy.h"

#include <algorithm>

namespace quire {

namespace {

bool isNetworkScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

// "blob:https://checkout.stripe.com/0b1c..." is made by, and belongs to,
// the origin inside it.
QUrl blobOrigin(const QUrl &url)
{
    return QUrl(url.path());
}

bool matchesAny(const QList<OriginPattern> &patterns, const QUrl &url)
{
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const OriginPattern &pattern) { return pattern.matches(url); });
}

} // namespace

PaymentUrlPolicy::PaymentUrlPolicy(QUrl successUrl, QUrl cancelUrl, GatewayOriginPolicy origins)
    : m_successUrl(std::move(successUrl))
    , m_cancelUrl(std::move(cancelUrl))
    , m_configured(std::move(origins))
{}

bool PaymentUrlPolicy::allowOriginOf(const QUrl &pageUrl)
{
    clearAllowedOrigin();
    const QString origin = originOf(pageUrl);
    if (origin.isEmpty())
        return false;
    GatewayOriginPolicy active = m_configured.resolvedFor(pageUrl);
    if (!matchesAny(active.checkoutOrigins, pageUrl))
        return false;
    m_active = std::move(active);
    m_allowedOrigin = origin;
    return true;
}

void PaymentUrlPolicy::clearAllowedOrigin()
{
    m_allowedOrigin.clear();
    m_active = GatewayOriginPolicy();
}

QString PaymentUrlPolicy::originOf(const QUrl &url)
{
    if (!url.isValid() || !isNetworkScheme(url) || url.host().isEmpty())
        return QString();
    QString host = url.host().toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // IPv6 literal
    return url.scheme().toLower() + QStringLiteral("://") + host + u':'
           + QString::number(OriginPattern::effectivePort(url));
}

bool PaymentUrlPolicy::sameEndpoint(const QUrl &url, const QUrl &returnUrl)
{
    // The query differs on every attempt (the gateway fills in the session
    // id), so the scheme, host, port and path identify a return URL.
    return returnUrl.isValid() && !originOf(returnUrl).isEmpty()
           && originOf(url) == originOf(returnUrl) && url.path() == returnUrl.path();
}

bool PaymentUrlPolicy::isCheckoutOrResource(const QUrl &url) const
{
    const QString origin = originOf(url);
    return !origin.isEmpty()
           && (origin == m_allowedOrigin || matchesAny(m_active.resourceOrigins, url));
}

bool PaymentUrlPolicy::mayFrame(const QUrl &url) const
{
    if (originOf(url).isEmpty())
        return false;
    return url.scheme().toLower() == u"https" || isCheckoutOrResource(url)
           || matchesAny(m_active.frameOrigins, url);
}

PaymentUrlPolicy::Verdict PaymentUrlPolicy::classifyRequest(const QUrl &url, Request request,
                                                            const QUrl &initiator) const
{
    if (sameEndpoint(url, m_successUrl))
        return request == Request::MainFrame ? Verdict::ReturnToSuccess : Verdict::Block;
    if (sameEndpoint(url, m_cancelUrl))
        return request == Request::MainFrame ? Verdict::ReturnToCancel : Verdict::Block;
    if (m_allowedOrigin.isEmpty())
        return Verdict::Block;

    const QString scheme = url.scheme().toLower();
    switch (request) {
    case Request::MainFrame:
        return originOf(url) == m_allowedOrigin ? Verdict::Allow : Verdict::Block;

    case Request::SubFrame:
        // Empty frames inherit their creator's origin and load nothing.
        if (scheme == u"about")
            return url.path() == u"blank" || url.path() == u"srcdoc" ? Verdict::Allow
                                                                     : Verdict::Block;
        if (scheme == u"blob")
            return isCheckoutOrResource(blobOrigin(url)) ? Verdict::Allow : Verdict::Block;
        return mayFrame(url) ? Verdict::Allow : Verdict::Block;

    case Request::SubResource:
        // Inline bytes (images and fonts in a style sheet): nothing is fetched.
        if (scheme == u"data")
            return Verdict::Allow;
        if (scheme == u"blob")
            return isCheckoutOrResource(blobOrigin(url)) ? Verdict::Allow : Verdict::Block;
        if (isCheckoutOrResource(url))
            return Verdict::Allow;
        // A framed document on another origin (the issuer's challenge) may
        // load its own scripts and styles. The main frame is pinned to the
        // checkout origin, so its requests never pass here.
        if (const QString from = originOf(initiator);
            !from.isEmpty() && from != m_allowedOrigin && from == originOf(url) && mayFrame(url))
            return Verdict::Allow;
        return Verdict::Block;
    }
    return Verdict::Block;
}

} // namespace quire
