#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

namespace quire {

class Clock;

// Logs callbacks refused for their signature without letting someone who
// sends forged requests fill the log: the first refusal of a minute is one
// warning, the others are counted and summed up in one more warning when the
// minute is over. Which check failed goes to debug only, for every request:
// the answer and the warnings never say it, so a forger learns nothing.
class ForgedCallbackLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForgedCallbackLog)

public:
    static constexpr int kWindowMs = 60'000;

    explicit ForgedCallbackLog(const Clock &clock, QObject *parent = nullptr);
    ~ForgedCallbackLog() override;

    void note(const QString &detail);

private:
    void onWindowOver();

    const Clock &m_clock;
    QTimer m_windowEnd;
    std::optional<qint64> m_windowStartMs; // monotonic
    qint64 m_counted = 0;
};

} // namespace quire
