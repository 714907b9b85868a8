#include "WindowStoreRig.h"

#include "auth/AuthenticationOptions.h"
#include "auth/PinHasher.h"
#include "gateway/GatewayConfig.h"
#include "services/DemoData.h"

namespace quire::test {

namespace {

const QByteArray kWebhookSecret = "whsec_test_window_rig";

} // namespace

WindowStoreRig::WindowStoreRig(QString terminalId)
    : m_terminalId(std::move(terminalId))
{}

WindowStoreRig::~WindowStoreRig()
{
    // The sign-in uses the core's database; the core's callback server
    // outlives nothing the simulator still calls.
    m_auth.reset();
    m_core.reset();
    m_simulator.stop();
}

Result<void> WindowStoreRig::start(CoreOptions options)
{
    m_options = std::move(options);
    m_options.terminalId = m_terminalId;
    m_options.databasePath = m_dir.filePath(m_terminalId + QStringLiteral(".sqlite"));
    m_options.callbackPort = 0;
    m_options.payments.tickIntervalMs = 100;
    const QByteArray apiKey = "sk_test_" + m_terminalId.toUtf8();
    auto started = CoreServices::start(
        m_options, m_clock, [&](const QUrl &callbackUrl) -> Result<GatewayConfig> {
            auto url = m_simulator.start(QStringLiteral(QUIRE_GATEWAY_SIM_PATH), callbackUrl,
                                         apiKey, kWebhookSecret);
            if (!url)
                return url.error();
            return GatewayConfig(*url, apiKey, {kWebhookSecret});
        });
    if (!started)
        return started.error();
    m_core = std::move(started).value();
    if (auto seeded = DemoData::seedCatalog(m_core->database(), m_clock); !seeded)
        return seeded.error();

    AuthenticationOptions authOptions;
    authOptions.pepperPath = m_dir.filePath(QStringLiteral("pepper"));
    authOptions.hashing = PinHasher::minimumParameters();
    authOptions.terminalId = m_terminalId;
    auto auth = Authentication::create(m_core->database(), m_clock, authOptions);
    if (!auth)
        return auth.error();
    m_auth = std::move(auth).value();
    if (auto users = m_auth->admin().seedDemoUsers(); !users)
        return users.error();
    return {};
}

TerminalServices WindowStoreRig::services()
{
    TerminalServices services;
    services.options = &m_options;
    services.core = m_core.get();
    services.auth = m_auth.get();
    services.clock = &m_clock;
    services.receipt.storeName = QStringLiteral("Quire Test Books");
    services.demo = true;
    return services;
}

} // namespace quire::test
