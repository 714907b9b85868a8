#pragma once

#include "domain/Result.h"
#include "shell/MainWindowParts.h"
#include "shell/TerminalServices.h"

#include <memory>

namespace quire {

class ActivityFilter;
class CustomerDisplay;
class CustomerDisplayPlacement;
class IdleLockOverlay;
class MainWindow;
class TerminalModels;

// The counter terminal as `quire` runs it, built in one place: every counter
// screen over the terminal's models and the core's services, the main
// window, the idle lock over it, the activity filter that keeps a clerk's
// session alive, the demo panel (demo only), the language chooser and the
// "database damaged" message. main.cpp and the window tests build it alike.
class CounterApp final
{
public:
    static Result<std::unique_ptr<CounterApp>> build(const TerminalServices &services);
    ~CounterApp();
    CounterApp(const CounterApp &) = delete;
    CounterApp &operator=(const CounterApp &) = delete;

    MainWindow &window() const { return *m_window; }
    const MainWindowParts &parts() const { return m_parts; }
    TerminalModels &models() const { return *m_models; }
    // None with `[display] customerScreen = off`; hidden while no screen is
    // chosen for it (placement()).
    CustomerDisplay *customerDisplay() const { return m_customerDisplay.get(); }
    CustomerDisplayPlacement *customerDisplayPlacement() const { return m_displayPlacement.get(); }

private:
    CounterApp() = default;
    void buildWindow(const TerminalServices &services);
    void buildCustomerDisplay(const TerminalServices &services);

    std::unique_ptr<TerminalModels> m_models;
    MainWindowParts m_parts;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IdleLockOverlay> m_idleLock;
    std::unique_ptr<ActivityFilter> m_activityFilter;
    std::unique_ptr<CustomerDisplay> m_customerDisplay;
    std::unique_ptr<CustomerDisplayPlacement> m_displayPlacement;
};

} // namespace quire
