#include "gateway/GatewayOriginPolicy.h"

#include <QCoreApplication>
#include <QSettings>

namespace quire {

namespace {

const QString kPreset = QStringLiteral("gatewayOrigins/preset");
const QString kCheckout = QStringLiteral("gatewayOrigins/checkout");
const QString kResources = QStringLiteral("gatewayOrigins/resources");
const QString kFrames = QStringLiteral("gatewayOrigins/frames");

// Only for the built-in lists, which are known to parse.
QList<OriginPattern> patterns(std::initializer_list<const char *> texts)
{
    QList<OriginPattern> list;
    for (const char *text : texts)
        list.append(OriginPattern::parse(QString::fromLatin1(text)).value());
    return list;
}

Result<void> readList(QSettings &settings, const QString &key, QList<OriginPattern> &list)
{
    if (!settings.contains(key))
        return {};
    auto parsed = OriginPattern::parseList(settings.value(key).toStringList());
    if (!parsed)
        return Error::invalid(key + QStringLiteral(": ") + parsed.error().message);
    list = *parsed;
    return {};
}

} // namespace

GatewayOriginPolicy GatewayOriginPolicy::stripe()
{
    GatewayOriginPolicy policy;
    policy.preset = Preset::Stripe;
    policy.checkoutOrigins = patterns({"https://checkout.stripe.com"});
    // What Stripe's hosted Checkout loads besides itself (docs/gateway-protocol.md).
    policy.resourceOrigins = patterns({
        "https://js.stripe.com",    // Stripe.js and its card and 3-D Secure frames
        "https://api.stripe.com",   // confirming the payment
        "https://m.stripe.network", // fraud signals (a frame)
        "https://m.stripe.com",     // fraud signals
        "https://q.stripe.com",     // telemetry
        "https://r.stripe.com",     // telemetry
        "https://hooks.stripe.com", // 3-D Secure redirects and their return
        "https://b.stripecdn.com",  // fonts, images and styles
        "https://hcaptcha.com",     // the bot check Stripe shows on suspicion
        "https://*.hcaptcha.com",   // its scripts and frames
    });
    return policy;
}

GatewayOriginPolicy GatewayOriginPolicy::simulator()
{
    GatewayOriginPolicy policy;
    policy.preset = Preset::Simulator;
    // The simulator listens on a port picked at start, on this machine only.
    const std::initializer_list<const char *> loopback{"http://127.0.0.1:*",  "http://localhost:*",
                                                       "http://[::1]:*",      "https://127.0.0.1:*",
                                                       "https://localhost:*", "https://[::1]:*"};
    policy.checkoutOrigins = patterns(loopback);
    // The page serves everything it needs itself.
    policy.resourceOrigins = {};
    // Its 3-D Secure challenge comes from its second port, over plain http.
    policy.frameOrigins = patterns({"http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"});
    return policy;
}

GatewayOriginPolicy GatewayOriginPolicy::resolvedFor(const QUrl &pageUrl) const
{
    if (preset != Preset::Automatic)
        return *this;
    const QString scheme = pageUrl.scheme().toLower();
    const bool local = (scheme == u"http" || scheme == u"https")
                       && OriginPattern::isLoopbackHost(pageUrl.host());
    return local ? simulator() : stripe();
}

QString GatewayOriginPolicy::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Automatic:
        return QStringLiteral("automatic");
    case Preset::Stripe:
        return QStringLiteral("stripe");
    case Preset::Simulator:
        return QStringLiteral("simulator");
    case Preset::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

std::optional<GatewayOriginPolicy::Preset> GatewayOriginPolicy::presetFromName(const QString &name)
{
    for (Preset preset : {Preset::Automatic, Preset::Stripe, Preset::Simulator, Preset::Custom})
        if (name.trimmed().compare(presetName(preset), Qt::CaseInsensitive) == 0)
            return preset;
    return std::nullopt;
}

Result<GatewayOriginPolicy> GatewayOriginPolicy::fromSettings(QSettings &settings)
{
    GatewayOriginPolicy policy;
    if (settings.contains(kPreset)) {
        const QString name = settings.value(kPreset).toString();
        const auto preset = presetFromName(name);
        if (!preset)
            return Error::invalid(QCoreApplication::translate(
                                      "quire::GatewayOriginPolicy",
                                      "%1 must be automatic, stripe, simulator or custom, not '%2'")
                                      .arg(kPreset, name));
        switch (*preset) {
        case Preset::Automatic:
            break;
        case Preset::Stripe:
            policy = stripe();
            break;
        case Preset::Simulator:
            policy = simulator();
            break;
        case Preset::Custom:
            policy.preset = Preset::Custom;
            break;
        }
    }
    const bool listed = settings.contains(kCheckout) || settings.contains(kResources)
                        || settings.contains(kFrames);
    if (policy.preset == Preset::Automatic) {
        if (listed)
            return Error::invalid(
                QCoreApplication::translate("quire::GatewayOriginPolicy",
                                            "%1 must name stripe, simulator or custom when "
                                            "the gatewayOrigins lists are set (automatic "
                                            "picks its own lists)")
                    .arg(kPreset));
        return policy;
    }
    for (const auto &[key, list] : {std::pair{kCheckout, &policy.checkoutOrigins},
                                    std::pair{kResources, &policy.resourceOrigins},
                                    std::pair{kFrames, &policy.frameOrigins}}) {
        if (auto read = readList(settings, key, *list); !read)
            return read.error();
    }
    if (policy.checkoutOrigins.isEmpty())
        return Error::invalid(
            QCoreApplication::translate(
                "quire::GatewayOriginPolicy",
                "%1 must name at least one origin where the hosted payment page is, "
                "e.g. https://checkout.stripe.com")
                .arg(kCheckout));
    return policy;
}

} // namespace quire
