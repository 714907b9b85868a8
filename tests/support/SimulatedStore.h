#pragma once

#include "SimulatorClient.h"
#include "domain/Result.h"
#include "gateway/RetryPolicy.h"
#include "services/CoreOptions.h"
#include "services/CoreServices.h"
#include "services/GatewaySimulatorProcess.h"
#include "support/SystemClock.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <optional>

namespace quire::test {

// A store as the app runs one, for the tests that drive the whole core
// against the real gateway: CoreServices on a database file in a fresh
// temporary folder, its callback server on an ephemeral port, and
// quire-gateway-sim as a child process (the core's GatewaySimulatorProcess)
// posting its callbacks there, with a SimulatorClient for its REST and /_sim
// endpoints. The clock is the system's unless the test brings its own (a
// test::ManualClock that starts at the real time: the simulator checks
// expires_at with its own clock).
//
// Adjust options(), the simulator's arguments and the retry policy, then
// start(). stopCore() and start() again is the app restarting while the
// gateway stays up; a simulator that was killed comes back on its port with
// startSimulator(). The core stops before the simulator.
class SimulatedStore
{
public:
    SimulatedStore();
    explicit SimulatedStore(const Clock &clock);
    ~SimulatedStore();
    SimulatedStore(const SimulatedStore &) = delete;
    SimulatedStore &operator=(const SimulatedStore &) = delete;

    // The options of the next start(). The rig's defaults: the database
    // `store.sqlite` in dir(), callbackPort 0, a 100 ms payment tick.
    CoreOptions &options() { return m_options; }
    // Given to the simulator after its webhook URL (e.g. --webhook-retry-ms).
    void setSimulatorArguments(QStringList arguments)
    {
        m_simulatorArguments = std::move(arguments);
    }
    // The simulator's secrets (the test ones unless set before start()).
    void setSecrets(QByteArray apiKey, QByteArray webhookSecret);
    // Set on the gateway client after every start(); the client's own
    // policy when none is set.
    void setRetryPolicy(std::optional<RetryPolicy> policy) { m_retryPolicy = std::move(policy); }
    // Three quick attempts (50 ms, then at most 200 ms apart), each given
    // `transferTimeoutMs`: a gateway that does not answer is noticed soon.
    static RetryPolicy fastRetries(int transferTimeoutMs);

    // Starts the simulator unless it runs, then the core with options().
    Result<void> start();
    // The core goes away (the app stops); the simulator keeps running.
    void stopCore();
    // Starts the simulator (again, after it was killed) on the port it had
    // before, posting to the running core's callback URL.
    Result<void> startSimulator();
    // The core, then the simulator.
    void stop();

    bool isStarted() const { return m_core != nullptr; }
    CoreServices &core() { return *m_core; }
    GatewaySimulatorProcess &simulator() { return m_simulator; }
    const SimulatorClient &client() const { return m_client; }
    const Clock &clock() const { return m_clock; }
    QTemporaryDir &dir() { return m_dir; }
    QString databasePath() const { return m_options.databasePath; }
    const QByteArray &apiKey() const { return m_apiKey; }
    const QByteArray &webhookSecret() const { return m_webhookSecret; }

private:
    QTemporaryDir m_dir;
    SystemClock m_systemClock;
    const Clock &m_clock;
    CoreOptions m_options;
    QStringList m_simulatorArguments;
    std::optional<RetryPolicy> m_retryPolicy;
    QByteArray m_apiKey;
    QByteArray m_webhookSecret;
    QUrl m_callbackUrl;
    quint16 m_simulatorPort = 0;
    GatewaySimulatorProcess m_simulator;
    SimulatorClient m_client;
    std::unique_ptr<CoreServices> m_core;
};

} // namespace quire::test
