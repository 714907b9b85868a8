#pragma once

#include "SimulatedStore.h"
#include "auth/Authentication.h"
#include "domain/Result.h"
#include "services/CoreOptions.h"
#include "services/CoreServices.h"
#include "services/GatewaySimulatorProcess.h"
#include "shell/TerminalServices.h"
#include "support/SystemClock.h"

#include <memory>

namespace quire::test {

// A store as the app starts one, for the tests of whole windows (counter and
// kiosk): a SimulatedStore (the core on a fresh database file with the
// callback server on an ephemeral port, the real quire-gateway-sim as a child
// process) with the demo catalog and users and fast PIN hashing: what
// CounterApp and KioskApp are built over (services()). Built in the test's
// initTestCase, stopped by the destructor.
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

    const CoreOptions &options() { return m_store.options(); }
    SystemClock &clock() { return m_clock; }
    QTemporaryDir &dir() { return m_store.dir(); }
    GatewaySimulatorProcess &simulator() { return m_store.simulator(); }
    QByteArray apiKey() const { return m_store.apiKey(); }
    CoreServices &core() { return m_store.core(); }
    Authentication &auth() { return *m_auth; }
    // The demo's services, as the app starts them: no demo panel, no
    // language buttons, a test store's receipt.
    TerminalServices services();

private:
    QString m_terminalId;
    SystemClock m_clock;
    SimulatedStore m_store{m_clock};
    std::unique_ptr<Authentication> m_auth;
};

} // namespace quire::test
