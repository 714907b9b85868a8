#pragma once

#include "checkout/ReceiptSettings.h"

namespace quire {

class Authentication;
class Clock;
class CoreServices;
struct CoreOptions;
class DemoScenarios;
class LanguageSwitcher;

// What a terminal's window is built over: the running core, sign-in, the
// options the core started with and the store's receipt details. The caller
// owns all of it, and it outlives the CounterApp or KioskApp built over it.
struct TerminalServices
{
    const CoreOptions *options = nullptr;
    CoreServices *core = nullptr;
    Authentication *auth = nullptr;
    const Clock *clock = nullptr;
    DemoScenarios *scenarios = nullptr;    // the demo panel's; none: no demo panel
    LanguageSwitcher *languages = nullptr; // the language buttons; none: no choice
    ReceiptSettings receipt;               // also the store's name on the attract screen
    bool demo = false;                     // the demo banner, demo users and hints
};

} // namespace quire
