#pragma once

namespace quire {

// How the self-service kiosk treats a customer who walks away: after
// `idleSeconds` without a touch (`paymentIdleSeconds` while the payment page
// is open, so a customer fetching a card is not rushed) a countdown of
// `countdownSeconds` asks "still there?"; then the kiosk starts over.
//
// How each new customer finds the kiosk: with large text, the high-contrast
// theme or speech on headphones already on (a kiosk for a low-vision
// service, say). A customer may switch each on the attract screen; the next
// customer starts from these again.
struct KioskSettings
{
    int idleSeconds = 60;
    int paymentIdleSeconds = 180;
    int countdownSeconds = 20;
    bool largeText = false;
    bool highContrast = false;
    bool speech = false;
};

} // namespace quire
