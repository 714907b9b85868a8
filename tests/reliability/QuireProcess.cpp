#include "QuireProcess.h"

#include "support/AnnouncedAddress.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <csignal>
#include <sys/prctl.h>

namespace quire::test {

QuireProcess::QuireProcess(QString logPath, QByteArray apiKey, QByteArray webhookSecret)
    : m_logPath(std::move(logPath))
    , m_apiKey(std::move(apiKey))
    , m_webhookSecret(std::move(webhookSecret))
{
    // A test that dies must not leave an app behind holding the port.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

QuireProcess::~QuireProcess()
{
    if (isRunning())
        kill();
}

QString QuireProcess::executablePath()
{
    return QStringLiteral(QUIRE_APP_PATH);
}

bool QuireProcess::start(const QStringList &arguments, int timeoutMs)
{
    m_callbackUrl.clear();
    m_error.clear();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUIRE_GATEWAY_API_KEY"), QString::fromUtf8(m_apiKey));
    environment.insert(QStringLiteral("QUIRE_WEBHOOK_SECRETS"), QString::fromUtf8(m_webhookSecret));
    // Info level for every quire category: the secrets test scans what is
    // actually logged, so log as much as an operator could switch on.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("quire.*.info=true"));
    m_process.setProcessEnvironment(environment);
    m_process.setStandardErrorFile(m_logPath, QIODevice::Append);
    m_process.start(executablePath(), QStringList{QStringLiteral("--headless")} + arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error
            = QStringLiteral("cannot start %1: %2").arg(executablePath(), m_process.errorString());
        return false;
    }
    static const QRegularExpression firstLine(
        QStringLiteral("^callbacks on (http://[0-9.]+:[0-9]{1,5})$"));
    auto announced = readAnnouncedAddress(m_process, firstLine, timeoutMs);
    if (!announced) {
        m_error = announced.error().message + QStringLiteral(": ") + logTail(600);
        if (isRunning())
            kill();
        return false;
    }
    m_callbackUrl = *announced;
    return true;
}

int QuireProcess::waitForExit(int timeoutMs)
{
    if (isRunning() && !m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void QuireProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool QuireProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return true;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        kill();
        return false;
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QString QuireProcess::logTail(qsizetype bytes) const
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QString::fromUtf8(all.right(bytes));
}

} // namespace quire::test
