#pragma once

#include "TerminalServices.h"
#include "auth/Authentication.h"
#include "domain/Result.h"
#include "services/CoreOptions.h"
#include "services/CoreServices.h"
#include "services/GatewaySimulatorProcess.h"
#include "support/SystemClock.h"

#include <QTemporaryDir>
#include <memory>

namespace quire::test {

// A store as the app starts one, for the tests of whole windows (counter and
// kiosk): the core on a fresh database file with the callback server on an
// ephemeral port, the real quire-gateway-sim as a child process, the demo
// catalog and users and fast PIN hashing: what CounterApp and KioskApp are
// built over (services()). Built in the test's initTestCase, stopped by the
// destructor.
class WindowStoreRig
{
public:
    explicit WindowStoreRig(QString terminalId);
    ~WindowStoreRig();
    WindowStoreRig(const WindowStoreRig &) = delete;
    WindowStoreRig &operator=(const WindowStoreRig &) = delete;

    // `options` may set the payment settings; the database path, the
    // callback port and the poll interval are the rig's.
    Result<void> start(CoreOptions options = {});

    const CoreOptions &options() const { return m_options; }
    SystemClock &clock() { return m_clock; }
    QTemporaryDir &dir() { return m_dir; }
    GatewaySimulatorProcess &simulator() { return m_simulator; }
    QByteArray apiKey() const { return m_simulator.apiKey(); }
    CoreServices &core() { return *m_core; }
    Authentication &auth() { return *m_auth; }
    // The demo's services, as the app starts them: no demo panel, no
    // language buttons, a test store's receipt.
    TerminalServices services();

private:
    QString m_terminalId;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    GatewaySimulatorProcess m_simulator;
    CoreOptions m_options;
    std::unique_ptr<CoreServices> m_core;
    std::unique_ptr<Authentication> m_auth;
};

} // namespace quire::test
