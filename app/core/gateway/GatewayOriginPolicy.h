#pragma once

#include "domain/Result.h"
#include "gateway/OriginPattern.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

class QSettings;

namespace quire {

// Which web origins the payment view lets the gateway's hosted page use
// (docs/security.md, "Payment view"; the lists in docs/gateway-protocol.md).
// Plain data: the web view (ui/web/PaymentUrlPolicy) applies it.
//
// - checkoutOrigins: where the hosted page may be. The main frame is then
//   pinned to the exact origin of the page it was given; it never leaves it
//   (the success and cancel URLs are caught, not loaded).
// - resourceOrigins: may serve sub-resources (scripts, styles, fonts,
//   images, XHR/fetch, beacons) to any frame of the page.
// - frameOrigins: subframes load from any https origin (a 3-D Secure
//   challenge comes from the card issuer, unknown in advance) or from these,
//   which may be plain http on this machine only (the demo's simulator).
//
// From the `[gatewayOrigins]` section of the settings file:
//
//     [gatewayOrigins]
//     preset = stripe           ; automatic (default), stripe, simulator, custom
//     checkout = https://checkout.stripe.com
//     resources = https://js.stripe.com, https://*.hcaptcha.com
//     frames = http://127.0.0.1:*
//
// A list given replaces the preset's list; `custom` starts from empty lists
// and needs `checkout`.
struct GatewayOriginPolicy
{
    enum class Preset {
        // Stripe's policy, or the simulator's for a hosted page on this
        // machine (127.0.0.1, [::1], localhost): what a shop gets without
        // settings, and what the demo and the tests use.
        Automatic,
        Stripe,
        Simulator,
        Custom,
    };

    Preset preset = Preset::Automatic;
    QList<OriginPattern> checkoutOrigins;
    QList<OriginPattern> resourceOrigins;
    QList<OriginPattern> frameOrigins;

    static GatewayOriginPolicy stripe();
    static GatewayOriginPolicy simulator();

    // The policy that applies to a hosted page at `pageUrl`: itself, unless
    // Automatic, which picks simulator() for a page on a loopback host and
    // stripe() for any other.
    GatewayOriginPolicy resolvedFor(const QUrl &pageUrl) const;

    static QString presetName(Preset preset);
    static std::optional<Preset> presetFromName(const QString &name);

    // The defaults, overridden by `[gatewayOrigins]`; errors name the key.
    static Result<GatewayOriginPolicy> fromSettings(QSettings &settings);
};

} // namespace quire
