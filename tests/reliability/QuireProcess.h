#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace quire::test {

// Runs `quire --headless` as a real child process: secrets through the
// environment (never the command line), stderr appended to a log file that
// tests can scan, the callback URL from its first stdout line. kill() is a
// SIGKILL: no destructor, no clean close, exactly what a power cut or an OOM
// kill leaves behind.
class QuireProcess
{
public:
    QuireProcess(QString logPath, QByteArray apiKey, QByteArray webhookSecret);
    ~QuireProcess();
    QuireProcess(const QuireProcess &) = delete;
    QuireProcess &operator=(const QuireProcess &) = delete;

    static QString executablePath();

    // Starts `quire --headless` with `arguments`; true once it printed where
    // callbacks arrive. On failure error() holds its exit code and stderr tail.
    bool start(const QStringList &arguments, int timeoutMs = 20000);
    // Waits for it to exit by itself (a refused start-up); returns its exit code or -1.
    int waitForExit(int timeoutMs = 20000);
    void kill();
    bool stop(int timeoutMs = 10000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl callbackUrl() const { return m_callbackUrl; }
    const QString &error() const { return m_error; }
    QString logTail(qsizetype bytes = 4000) const;
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_logPath;
    QByteArray m_apiKey;
    QByteArray m_webhookSecret;
    QUrl m_callbackUrl;
    QString m_error;
};

} // namespace quire::test
