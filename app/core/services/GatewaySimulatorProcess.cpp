#include "services/GatewaySimulatorProcess.h"

#include "support/AnnouncedAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

namespace quire {

namespace {
Q_LOGGING_CATEGORY(lcSimProcess, "quire.demo", QtInfoMsg)
} // namespace

GatewaySimulatorProcess::GatewaySimulatorProcess(QObject *parent)
    : QObject(parent)
{
    // Its log is ours: the demo's terminal shows what the gateway did.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (!m_stopping)
            Q_EMIT crashed(tr("The payment simulator stopped (exit code %1).").arg(exitCode));
    });
}

GatewaySimulatorProcess::~GatewaySimulatorProcess()
{
    stop();
}

QString GatewaySimulatorProcess::findExecutable()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(QStringLiteral("quire-gateway-sim")),
          here.filePath(QStringLiteral("gateway-sim/quire-gateway-sim")),
          here.filePath(QStringLiteral("../app/gateway-sim/quire-gateway-sim"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("quire-gateway-sim"));
}

Result<QUrl> GatewaySimulatorProcess::start(const QString &executable, const QUrl &webhookUrl,
                                            const QByteArray &apiKey,
                                            const QByteArray &webhookSecret,
                                            const QStringList &extraArguments, int timeoutMs)
{
    if (executable.isEmpty())
        return Error::invalid(tr("The payment simulator (quire-gateway-sim) was not found."));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    m_apiKey = apiKey;
    environment.insert(QStringLiteral("QUIRE_SIM_API_KEY"), QString::fromUtf8(apiKey));
    environment.insert(QStringLiteral("QUIRE_SIM_WEBHOOK_SECRET"),
                       QString::fromUtf8(webhookSecret));
    m_process.setProcessEnvironment(environment);
    m_stopping = false;
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    if (!webhookUrl.isEmpty())
        arguments << QStringLiteral("--webhook-url") << webhookUrl.toString();
    m_process.start(executable, arguments + extraArguments);
    if (!m_process.waitForStarted(timeoutMs))
        return Error::invalid(tr("Cannot start %1: %2").arg(executable, m_process.errorString()));

    static const QRegularExpression firstLine(
        QStringLiteral("^listening on (http://[0-9.]+:[0-9]{1,5})$"));
    auto announced = readAnnouncedAddress(m_process, firstLine, timeoutMs);
    if (!announced) {
        qCWarning(lcSimProcess).noquote() << announced.error().message;
        stop();
        return Error::invalid(tr("The payment simulator did not start."));
    }
    m_baseUrl = *announced;
    qCInfo(lcSimProcess) << "payment simulator at" << m_baseUrl.toString();
    return m_baseUrl;
}

bool GatewaySimulatorProcess::stop(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(timeoutMs);
            return false;
        }
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

} // namespace quire
