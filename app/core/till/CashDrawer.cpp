#include "till/CashDrawer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace quire {

namespace {
Q_LOGGING_CATEGORY(lcDrawer, "quire.drawer", QtInfoMsg)

constexpr int kLpTimeoutMs = 5000;
} // namespace

CashDrawer::CashDrawer(QString devicePath, QString cupsQueue)
    : m_devicePath(std::move(devicePath))
    , m_cupsQueue(std::move(cupsQueue))
{}

QByteArray CashDrawer::pulse()
{
    // ESC p m t1 t2: m = 0 (drawer kick pin 2), t1 = 25 (50 ms on), t2 = 250 (500 ms off).
    return QByteArray("\x1b\x70\x00\x19\xfa", 5);
}

CashDrawer::Outcome CashDrawer::open(QString *problem) const
{
    Outcome outcome = Outcome::NotConfigured;
    if (!m_devicePath.isEmpty())
        outcome = writeToDevice(problem);
    else if (!m_cupsQueue.isEmpty())
        outcome = sendToQueue(problem);
    qCInfo(lcDrawer) << "drawer:"
                     << (outcome == Outcome::Pulsed          ? "pulsed"
                         : outcome == Outcome::NotConfigured ? "not configured, opened by hand"
                                                             : "pulse failed");
    return outcome;
}

CashDrawer::Outcome CashDrawer::writeToDevice(QString *problem) const
{
    // Not blocking: a printer that is off (or a FIFO nobody reads) must not
    // hang the till; the clerk opens the drawer by hand then.
    const QByteArray path = QFile::encodeName(m_devicePath);
    const int fd
        = ::open(path.constData(), O_WRONLY | O_APPEND | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        if (problem)
            *problem = tr("The drawer's printer %1 cannot be opened: %2")
                           .arg(m_devicePath, QString::fromLocal8Bit(std::strerror(errno)));
        return Outcome::Failed;
    }
    const QByteArray bytes = pulse();
    const ssize_t written = ::write(fd, bytes.constData(), size_t(bytes.size()));
    const int writeErrno = errno;
    ::close(fd);
    if (written != bytes.size()) {
        if (problem)
            *problem = tr("The drawer's printer %1 did not take the pulse: %2")
                           .arg(m_devicePath, QString::fromLocal8Bit(std::strerror(writeErrno)));
        return Outcome::Failed;
    }
    return Outcome::Pulsed;
}

CashDrawer::Outcome CashDrawer::sendToQueue(QString *problem) const
{
    QProcess lp;
    lp.start(m_lpProgram,
             {QStringLiteral("-d"), m_cupsQueue, QStringLiteral("-o"), QStringLiteral("raw")});
    if (!lp.waitForStarted(kLpTimeoutMs)) {
        if (problem)
            *problem = tr("%1 could not be started: %2").arg(m_lpProgram, lp.errorString());
        return Outcome::Failed;
    }
    lp.write(pulse());
    lp.closeWriteChannel();
    if (!lp.waitForFinished(kLpTimeoutMs)) {
        lp.kill();
        lp.waitForFinished(1000);
        if (problem)
            *problem = tr("%1 did not finish in time").arg(m_lpProgram);
        return Outcome::Failed;
    }
    if (lp.exitStatus() != QProcess::NormalExit || lp.exitCode() != 0) {
        if (problem)
            *problem = tr("The print queue %1 refused the pulse: %2")
                           .arg(m_cupsQueue,
                                QString::fromLocal8Bit(lp.readAllStandardError()).trimmed());
        return Outcome::Failed;
    }
    return Outcome::Pulsed;
}

} // namespace quire
