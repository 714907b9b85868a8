#pragma once

#include <QObject>

class QSocketNotifier;

namespace quire::sim {

// Turns SIGTERM and SIGINT into a Qt signal. A signal handler may only do
// async-signal-safe things, so it writes one byte to a socket pair and the
// event loop picks it up (the pattern from Qt's "Calling Qt Functions From
// Unix Signal Handlers").
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace quire::sim
