#pragma once

#include "domain/Result.h"
#include "services/CoreOptions.h"
#include "services/GatewaySimulatorProcess.h"
#include "shell/TerminalServices.h"
#include "support/SystemClock.h"

#include <QUrl>
#include <memory>

namespace quire {

class Authentication;
class CoreServices;
class DemoScenarios;

// Starts what a terminal runs on, in order, and stops it in reverse: the
// core (in the demo with the bundled simulator as its gateway and the demo
// catalog), then for a window the sign-in (with the demo's users) and the
// demo's scenarios. Each step says what to fix when it fails.
class TerminalStartup final
{
public:
    explicit TerminalStartup(CoreOptions options);
    ~TerminalStartup();
    TerminalStartup(const TerminalStartup &) = delete;
    TerminalStartup &operator=(const TerminalStartup &) = delete;

    Result<void> startCore();
    Result<void> startSignIn();

    bool isDemo() const { return m_options.demo != CoreOptions::Demo::Off; }
    CoreServices &core() const { return *m_core; }
    QUrl simulatorUrl() const { return m_simulator.baseUrl(); }
    // What CounterApp or KioskApp is built over (after startSignIn()).
    TerminalServices services(LanguageSwitcher *languages) const;

private:
    CoreOptions m_options;
    SystemClock m_clock;
    GatewaySimulatorProcess m_simulator;
    std::unique_ptr<CoreServices> m_core;
    std::unique_ptr<Authentication> m_auth;
    std::unique_ptr<DemoScenarios> m_scenarios;
};

} // namespace quire
