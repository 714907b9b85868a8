#pragma once

#include <QtGlobal>
#include <chrono>
#include <optional>

namespace quire {

class Clock;

// Wrong PINs typed at this terminal's manager prompts (an override, leaving
// the kiosk). Those prompts face the public, so a wrong PIN there must not
// count against the named manager's account: anyone could lock every manager
// out of every terminal. Instead the prompt itself slows down: after
// `freeAttempts` wrong PINs in a row it refuses to check any PIN for
// `firstDelay`, and each further wrong PIN doubles the wait up to `maxDelay`.
// A correct PIN (when checked) starts it over.
//
// One per process, in memory: one process is one terminal, and a restart is
// slow enough to be no shortcut. Durations come from the monotonic clock, so
// setting the system time neither ends nor stretches a wait.
class ManagerPromptThrottle final
{
public:
    struct Settings
    {
        int freeAttempts = 3;
        std::chrono::milliseconds firstDelay = std::chrono::seconds(30);
        std::chrono::milliseconds maxDelay = std::chrono::minutes(15);
    };

    explicit ManagerPromptThrottle(const Clock &clock);
    ManagerPromptThrottle(const Clock &clock, Settings settings);

    // How long until the prompt checks a PIN again; 0 when it does now.
    std::chrono::milliseconds remaining() const;
    bool isThrottled() const { return remaining().count() > 0; }

    // A wrong PIN (or a name that cannot approve). Returns the wait it
    // started, 0 while still within the free attempts.
    std::chrono::milliseconds recordFailure();
    void recordSuccess();

    // Wrong PINs in a row since the last success.
    int failures() const { return m_failures; }
    const Settings &settings() const { return m_settings; }

private:
    std::chrono::milliseconds delayAfter(int failures) const;

    const Clock &m_clock;
    Settings m_settings;
    int m_failures = 0;
    std::optional<qint64> m_refusingUntilMs; // monotonic
};

} // namespace quire
