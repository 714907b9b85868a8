#include "support/AnnouncedAddress.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>

namespace quire {

Result<QUrl> readAnnouncedAddress(QProcess &process, const QRegularExpression &firstLine,
                                  int timeoutMs)
{
    const QString name = process.program().section(u'/', -1);
    const QDeadlineTimer deadline(timeoutMs);
    while (!process.canReadLine()) {
        // waitForReadyRead also returns false when the child exits; what it
        // printed before that may still complete a line.
        if (process.state() == QProcess::NotRunning || deadline.hasExpired()
            || !process.waitForReadyRead(int(deadline.remainingTime()))) {
            if (process.canReadLine())
                break;
            if (process.state() == QProcess::NotRunning)
                return Error::invalid(
                    QCoreApplication::translate("quire::AnnouncedAddress",
                                                "%1 exited (exit code %2) before saying"
                                                " where it listens")
                        .arg(name)
                        .arg(process.exitCode()));
            return Error::invalid(
                QCoreApplication::translate("quire::AnnouncedAddress",
                                            "%1 did not say where it listens within %2 ms")
                    .arg(name)
                    .arg(timeoutMs));
        }
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const auto match = firstLine.match(line);
    if (!match.hasMatch())
        return Error::invalid(
            QCoreApplication::translate("quire::AnnouncedAddress",
                                        "%1 printed '%2' instead of where it listens")
                .arg(name, line.left(200)));
    return QUrl(match.captured(1));
}

} // namespace quire
