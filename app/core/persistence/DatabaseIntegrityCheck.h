#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace quire {

// SQLite's full page check (`PRAGMA quick_check`) off the start-up path.
// It reads every page, which on a 1 000 000-title store takes seconds, so
// Database::openSqlite only checks that the header and schema are readable
// and this runs the rest on a thread of its own, on a read-only connection
// of its own (it never writes, and a QSqlDatabase belongs to its thread).
// The verdict comes back as finished() in the owner's thread.
class DatabaseIntegrityCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseIntegrityCheck)

public:
    enum class State { NotStarted, Running, Intact, Damaged };

    explicit DatabaseIntegrityCheck(QString path, QObject *parent = nullptr);
    // Waits for a running check (SQLite cannot be interrupted from here).
    ~DatabaseIntegrityCheck() override;

    void start();
    State state() const { return m_state; }
    // What was found, in words for an alert; empty while running or intact.
    const QString &problem() const { return m_problem; }

Q_SIGNALS:
    // `intact` false: the file is damaged, or could not be checked at all
    // (which is treated the same: it cannot be trusted).
    void finished(bool intact, const QString &problem);

private:
    void onChecked(bool intact, const QString &problem);

    QString m_path;
    std::unique_ptr<QThread> m_thread;
    State m_state = State::NotStarted;
    QString m_problem;
};

} // namespace quire
