#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace quire {

// The cash drawer, opened by the ESC/POS pulse (ESC p 0 25 250: pin 2, 50 ms
// on, 500 ms off) sent through the receipt printer it hangs on: written to a
// device path (a character device, or any file or FIFO) or handed to a CUPS
// queue as raw data (`lp -d QUEUE -o raw`). Without either the clerk opens
// it by hand (NotConfigured); the screen says so.
class CashDrawer final
{
    Q_DECLARE_TR_FUNCTIONS(quire::CashDrawer)

public:
    enum class Outcome { Pulsed, NotConfigured, Failed };

    CashDrawer(QString devicePath, QString cupsQueue);

    static QByteArray pulse();
    bool isConfigured() const { return !m_devicePath.isEmpty() || !m_cupsQueue.isEmpty(); }
    // Sends the pulse. `problem` (when given) says why it failed.
    Outcome open(QString *problem = nullptr) const;

    // The program run for a CUPS queue ("lp"; found on PATH).
    void setLpProgram(const QString &program) { m_lpProgram = program; }

private:
    Outcome writeToDevice(QString *problem) const;
    Outcome sendToQueue(QString *problem) const;

    QString m_devicePath;
    QString m_cupsQueue;
    QString m_lpProgram = QStringLiteral("lp");
};

} // namespace quire
