#pragma once

#include <QString>

namespace quire {

// The kiosk's style sheet for one customer's needs.
//
// resources/kiosk/kiosk.qss is written for the normal size; larger text
// scales every `font-size`, `min-height` and `min-width` given in px by
// `scale` (touch targets grow with their labels, so nothing is clipped;
// a size followed by the comment "fixed" stays), and
// the high-contrast theme (resources/kiosk/kiosk-contrast.qss: white and
// yellow on black, thick borders, a focus frame) is laid over it.
class KioskStyleSheet final
{
public:
    KioskStyleSheet() = delete;

    // How much larger "large text" makes the kiosk's type.
    static constexpr double LargeTextScale = 1.5;

    // `base` with its px sizes scaled, then `contrast` appended when given.
    static QString compose(const QString &base, double scale, const QString &contrast = {});

    // The system's text size relative to the size the kiosk was designed
    // for (10 pt): 1.0 unless the system asks for larger text (a desktop's
    // text scaling), never below 1.0 and at most 2.0.
    static double systemTextScale();

    // The sheets from the resources.
    static QString normalSheet();
    static QString contrastSheet();
};

} // namespace quire
