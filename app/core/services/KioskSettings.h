#pragma once

namespace quire {

// How the self-service kiosk treats a customer who walks away: after
// `idleSeconds` without a touch (`paymentIdleSeconds` while the payment page
// is open, so a customer fetching a card is not rushed) a countdown of
// `countdownSeconds` asks "still there?"; then the kiosk starts over.
struct KioskSettings
{
    int idleSeconds = 60;
    int paymentIdleSeconds = 180;
    int countdownSeconds = 20;
};

} // namespace quire
