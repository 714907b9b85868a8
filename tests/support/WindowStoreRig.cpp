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
    m_store.stop();
}

Result<void> WindowStoreRig::start(CoreOptions options)
{
    m_store.options() = std::move(options);
    m_store.options().terminalId = m_terminalId;
    m_store.options().databasePath
        = m_store.dir().filePath(m_terminalId + QStringLiteral(".sqlite"));
    m_store.options().callbackPort = 0;
    m_store.options().payments.tickIntervalMs = 100;
    m_store.setSecrets("sk_test_" + m_terminalId.toUtf8(), kWebhookSecret);
    if (auto started = m_store.start(); !started)
        return started.error();
    if (auto seeded = DemoData::seedCatalog(m_store.core().database(), m_clock); !seeded)
        return seeded.error();

    AuthenticationOptions authOptions;
    authOptions.pepperPath = m_store.dir().filePath(QStringLiteral("pepper"));
    authOptions.hashing = PinHasher::minimumParameters();
    authOptions.terminalId = m_terminalId;
    auto auth = Authentication::create(m_store.core().database(), m_clock, authOptions);
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
    services.options = &m_store.options();
    services.core = &m_store.core();
    services.auth = m_auth.get();
    services.clock = &m_clock;
    services.receipt.storeName = QStringLiteral("Quire Test Books");
    services.demo = true;
    return services;
}

} // namespace quire::test
