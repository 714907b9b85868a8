#include "catalog/CatalogImportJob.h"

#include "auth/AccessPolicy.h"
#include "catalog/CatalogLogging.h"
#include "persistence/Database.h"

#include <QFileInfo>
#include <QThread>

namespace quire {

CatalogImportJob::CatalogImportJob(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{}

CatalogImportJob::~CatalogImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool CatalogImportJob::start(const QString &csvPath, CatalogImporter::Mode mode,
                             const SignedInUser &user)
{
    if (m_running)
        return false;
    if (m_thread)
        m_thread->wait(); // the last one has reported; its thread is ending
    m_cancel = false;
    m_running = true;
    m_thread.reset(QThread::create([this, csvPath, mode, user] {
        ImportReport report;
        {
            // Opened, used and closed on this thread only.
            auto database = Database::openSqlite(m_databasePath);
            if (!database) {
                report.fatalError = database.error().message;
            } else if (auto allowed = AccessPolicy(**database, m_clock)
                                          .authorize(user, Permission::ImportCatalog,
                                                     QFileInfo(csvPath).fileName());
                       !allowed) {
                report.fatalError = allowed.error().message;
            } else {
                CatalogImporter importer(**database, m_clock);
                importer.setCancelFlag(&m_cancel);
                importer.setActor(user.actor());
                // `this` lives in the caller's thread: the signal is queued there.
                connect(&importer, &CatalogImporter::progressChanged, this,
                        &CatalogImportJob::progressChanged);
                report = importer.importFile(csvPath, mode);
            }
        }
        QMetaObject::invokeMethod(
            this, [this, report] { onWorkerDone(report); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("catalog-import"));
    m_thread->start(QThread::LowPriority);
    qCInfo(lcCatalog) << "import started by" << user.username;
    return true;
}

void CatalogImportJob::cancel()
{
    if (m_running)
        m_cancel = true;
}

void CatalogImportJob::onWorkerDone(const ImportReport &report)
{
    m_running = false;
    Q_EMIT finished(report);
}

} // namespace quire
