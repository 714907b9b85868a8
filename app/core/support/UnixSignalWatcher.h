#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace quire {

// Turns SIGTERM/SIGINT into a Qt signal on the event loop (the self-pipe
// trick: the handler only writes a byte, everything else runs in Qt code).
// One watcher per process.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
};

} // namespace quire
