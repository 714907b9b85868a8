#include "persistence/DatabaseIntegrityCheck.h"

#include "support/LoggingCategories.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace quire {

namespace {

// Runs on the check's thread. Returns an empty string when the file is intact.
QString checkPages(const QString &path)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("quire-integrity-%1").arg(counter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            problem = QStringLiteral("cannot open it to check it: %1").arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            // quick_check(1): stop at the first problem, which is all an
            // alert needs; without integrity_check's index cross-checks.
            if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")))
                problem = query.lastError().text().trimmed();
            else if (!query.next())
                problem = QStringLiteral("the check gave no answer");
            else if (const QString verdict = query.value(0).toString(); verdict != u"ok")
                problem = verdict;
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

DatabaseIntegrityCheck::DatabaseIntegrityCheck(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{}

DatabaseIntegrityCheck::~DatabaseIntegrityCheck()
{
    if (m_thread)
        m_thread->wait();
}

void DatabaseIntegrityCheck::start()
{
    if (m_state == State::Running)
        return;
    m_state = State::Running;
    m_problem.clear();
    if (m_thread)
        m_thread->wait();
    m_thread.reset(QThread::create([this, path = m_path] {
        QElapsedTimer timer;
        timer.start();
        const QString problem = checkPages(path);
        qCInfo(lcDatabase) << "page check of" << path << "took" << timer.elapsed()
                           << "ms:" << (problem.isEmpty() ? QStringLiteral("ok") : problem);
        QMetaObject::invokeMethod(
            this, [this, problem] { onChecked(problem.isEmpty(), problem); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("db-integrity"));
    m_thread->start(QThread::LowPriority);
}

void DatabaseIntegrityCheck::onChecked(bool intact, const QString &problem)
{
    m_state = intact ? State::Intact : State::Damaged;
    m_problem = problem;
    Q_EMIT finished(intact, problem);
}

} // namespace quire
