#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace quire {

// The bundled gateway simulator (`quire-gateway-sim`) run as a child
// process, as the offline demo does: secrets go through its environment,
// its address comes from its first line of output, SIGTERM stops it (and it
// is killed if it does not stop).
class GatewaySimulatorProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaySimulatorProcess)

public:
    explicit GatewaySimulatorProcess(QObject *parent = nullptr);
    ~GatewaySimulatorProcess() override;

    // Next to the running executable, or in the build tree's gateway-sim folder.
    static QString findExecutable();

    // Starts it listening on a free loopback port (`extraArguments` may name
    // another `--listen`), posting callbacks to `webhookUrl` (none when it is
    // empty); returns its base URL once it said where it listens.
    Result<QUrl> start(const QString &executable, const QUrl &webhookUrl, const QByteArray &apiKey,
                       const QByteArray &webhookSecret, const QStringList &extraArguments = {},
                       int timeoutMs = 10000);
    // SIGTERM, then SIGKILL if it does not stop; true when it exited by
    // itself with status 0 (the tests check it shuts down cleanly).
    bool stop(int timeoutMs = 5000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The key it was started with: the demo panel needs it for /_sim/faults.
    QByteArray apiKey() const { return m_apiKey; }
    // The child itself, for the tests: to send it signals, read its later
    // output or set its channels before start().
    QProcess &process() { return m_process; }

Q_SIGNALS:
    // It ended without being asked to.
    void crashed(const QString &reason);

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_apiKey; // a secret: never logged
    bool m_stopping = false;
};

} // namespace quire
