#pragma once

#include "domain/Result.h"

#include <optional>

class QSettings;

namespace quire {

// Where the counter's customer display opens, from the `[display]` section
// of the settings file (CoreOptions, `--config`; docs/customer-display.md):
//
//     [display]
//     customerScreen = auto   ; a screen other than the counter's, if there is one (default)
//     customerScreen = off    ; no customer display
//     customerScreen = 1      ; that screen, counted from 0 in the system's order
//
// The kiosk has no customer display: the customer stands at its own screen.
struct DisplaySettings
{
    enum class Placement { Auto, Off, Screen };
    Placement placement = Placement::Auto;
    int screenIndex = -1; // Placement::Screen only

    // Which of `screenCount` screens (0 to screenCount - 1) the display opens
    // on while the counter's window is on `counterScreen`: none when it is
    // off, when auto finds no other screen, or when the chosen screen is not
    // connected (the display opens once it is).
    std::optional<int> chooseScreen(int screenCount, int counterScreen) const;

    static Result<DisplaySettings> fromSettings(QSettings &settings);
};

} // namespace quire
