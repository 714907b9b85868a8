#pragma once

#include "auth/SignedInUser.h"
#include "catalog/CatalogImporter.h"
#include "catalog/ImportReport.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace quire {

class Clock;

// One catalog import off the caller's thread, for a screen that must not
// freeze. The import runs on a thread of its own with its own connection to
// the database file (a QSqlDatabase connection belongs to the thread that
// opened it); progress and the report come back as signals in the caller's
// thread. The user is authorized (Permission::ImportCatalog) on that
// connection first, and the committed import is audited in their name.
//
// The import is one write transaction: while it runs, other writers on the
// same file wait (up to the busy timeout) or are told the database is busy.
class CatalogImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogImportJob)

public:
    CatalogImportJob(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    // Cancels a running import and waits for its rollback.
    ~CatalogImportJob() override;

    // False when an import is already running.
    bool start(const QString &csvPath, CatalogImporter::Mode mode, const SignedInUser &user);
    // Asks the running import to stop; it rolls back and finished() reports
    // `cancelled` (unless it had already committed).
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(qint64 bytesDone, qint64 bytesTotal, qint64 rowsRead);
    void finished(const quire::ImportReport &report);

private:
    void onWorkerDone(const ImportReport &report);

    QString m_databasePath;
    const Clock &m_clock;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel = false;
    bool m_running = false;
};

} // namespace quire
