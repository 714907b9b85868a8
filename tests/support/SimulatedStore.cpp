#include "SimulatedStore.h"

#include "SimulatorLaunch.h"
#include "gateway/GatewayClient.h"
#include "gateway/GatewayConfig.h"

namespace quire::test {

SimulatedStore::SimulatedStore()
    : SimulatedStore(m_systemClock)
{}

SimulatedStore::SimulatedStore(const Clock &clock)
    : m_clock(clock)
    , m_apiKey(kSimulatorApiKey)
    , m_webhookSecret(kSimulatorWebhookSecret)
{
    m_options.databasePath = m_dir.filePath(QStringLiteral("store.sqlite"));
    m_options.callbackPort = 0;
    m_options.payments.tickIntervalMs = 100;
}

SimulatedStore::~SimulatedStore()
{
    stop();
}

void SimulatedStore::setSecrets(QByteArray apiKey, QByteArray webhookSecret)
{
    m_apiKey = std::move(apiKey);
    m_webhookSecret = std::move(webhookSecret);
}

RetryPolicy SimulatedStore::fastRetries(int transferTimeoutMs)
{
    RetryPolicy fast;
    fast.maxAttempts = 3;
    fast.baseDelayMs = 50;
    fast.maxDelayMs = 200;
    fast.transferTimeoutMs = transferTimeoutMs;
    return fast;
}

Result<void> SimulatedStore::start()
{
    if (!m_dir.isValid())
        return Error::invalid(QStringLiteral("no temporary folder: %1").arg(m_dir.errorString()));
    auto started = CoreServices::start(
        m_options, m_clock, [this](const QUrl &callbackUrl) -> Result<GatewayConfig> {
            m_callbackUrl = callbackUrl;
            if (!m_simulator.isRunning()) {
                if (auto simulated = startSimulator(); !simulated)
                    return simulated.error();
            }
            return GatewayConfig(m_simulator.baseUrl(), m_apiKey, {m_webhookSecret});
        });
    if (!started)
        return started.error();
    m_core = std::move(started).value();
    if (m_retryPolicy)
        m_core->gateway().setRetryPolicy(*m_retryPolicy);
    return {};
}

void SimulatedStore::stopCore()
{
    m_core.reset();
}

Result<void> SimulatedStore::startSimulator()
{
    QStringList arguments = m_simulatorArguments;
    if (m_simulatorPort) // a restart comes back where it was
        arguments << QStringLiteral("--listen")
                  << QStringLiteral("127.0.0.1:%1").arg(m_simulatorPort);
    auto url = test::startSimulator(m_simulator, m_callbackUrl, arguments, 15000, m_apiKey,
                                    m_webhookSecret);
    if (!url)
        return url.error();
    m_simulatorPort = quint16(url->port());
    m_client = SimulatorClient(*url, m_apiKey);
    return {};
}

void SimulatedStore::stop()
{
    // The callback server closes before the simulator, which may still post.
    m_core.reset();
    m_simulator.stop();
}

} // namespace quire::test
