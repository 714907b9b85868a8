#pragma once

#include "CartModel.h"
#include "CatalogModel.h"
#include "auth/Authentication.h"
#include "catalog/CatalogSearch.h"
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
// catalog and users, fast PIN hashing, and the cart and catalog models of one
// terminal. Built in the test's initTestCase, stopped by the destructor.
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
    CartModel &cartModel() { return *m_cartModel; }
    CatalogModel &catalogModel() { return *m_catalogModel; }

private:
    QString m_terminalId;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    GatewaySimulatorProcess m_simulator;
    CoreOptions m_options;
    std::unique_ptr<CoreServices> m_core;
    std::unique_ptr<Authentication> m_auth;
    std::unique_ptr<CatalogSearch> m_search;
    std::unique_ptr<CatalogModel> m_catalogModel;
    std::unique_ptr<CartModel> m_cartModel;
};

} // namespace quire::test
