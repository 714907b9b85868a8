#pragma once

#include "domain/Result.h"
#include "kiosk/KioskParts.h"
#include "shell/TerminalServices.h"

#include <memory>

namespace quire {

class KioskWindow;
class TerminalModels;

// The self-service kiosk as `quire --kiosk` runs it, built in one place:
// only the kiosk's screens (sign-in for customers, shop, cart, checkout as
// the kiosk, the customer's own orders, the demo panel in the demo) over the
// terminal's models and the core's services, in the full-screen kiosk
// window, with the attract screen's language buttons switching the whole
// kiosk. Only a manager's PIN (or SIGTERM from the supervisor) ends it.
// main.cpp and the kiosk window tests build it alike.
class KioskApp final
{
public:
    // Refuses outside the demo while the store has no manager: leaving the
    // kiosk and approving refunds need a manager's PIN, and the first
    // manager is set up at a sign-in screen that at a kiosk is the public's.
    static Result<std::unique_ptr<KioskApp>> build(const TerminalServices &services);
    ~KioskApp();
    KioskApp(const KioskApp &) = delete;
    KioskApp &operator=(const KioskApp &) = delete;

    KioskWindow &window() const { return *m_window; }
    const KioskParts &parts() const { return m_parts; }
    TerminalModels &models() const { return *m_models; }

private:
    KioskApp() = default;
    void buildWindow(const TerminalServices &services);

    std::unique_ptr<TerminalModels> m_models;
    KioskParts m_parts;
    std::unique_ptr<KioskWindow> m_window;
};

} // namespace quire
