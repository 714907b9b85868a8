#pragma once

#include "catalog/ImportReport.h"
#include "domain/Actor.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <QObject>
#include <atomic>
#include <optional>

class QIODevice;

namespace quire {

class Clock;
class Database;

// Loads a store's catalog from CSV (format in docs/catalog.md): header
// isbn,title,authors,price,currency,stock[,cover_path][,tax_category] in any
// order (tax_category: reduced, standard, zero or exempt), RFC 4180
// quoting, UTF-8. Every good row is inserted or updated by ISBN in one
// transaction, so the catalog never shows half an import; each bad row is
// reported with its line and the reason. In strict mode one bad row means
// nothing is imported.
//
// Runs synchronously. For a UI, run it in a worker thread with that thread's
// own Database connection and show progressChanged in a progress bar.
class CatalogImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogImporter)

public:
    enum class Mode { Lenient, Strict };

    CatalogImporter(Database &database, const Clock &clock, QObject *parent = nullptr);

    // Another thread may set `*flag` while an import runs: the import then
    // stops at the next row and rolls back (the report says `cancelled`).
    void setCancelFlag(const std::atomic_bool *flag) { m_cancelFlag = flag; }
    // Who imports: a committed import then writes a `catalog_imported`
    // audit row in its own transaction. The command line leaves it unset.
    void setActor(const Actor &actor) { m_actor = actor; }

    ImportReport importFile(const QString &path, Mode mode = Mode::Lenient);
    ImportReport importFrom(QIODevice &device, Mode mode = Mode::Lenient);

    // A price written as decimal text ("12.50") in exact minor units of
    // `currency`, using its number of decimals. Never goes through floating
    // point. Trailing zeros beyond the currency's decimals are accepted.
    static Result<Money> parsePrice(const QString &text, const QString &currency);

Q_SIGNALS:
    // Emitted every few thousand rows and once at the end. The total is
    // only known in bytes (-1 for a sequential device); rows are counted.
    void progressChanged(qint64 bytesDone, qint64 bytesTotal, qint64 rowsRead);

private:
    Database &m_database;
    const Clock &m_clock;
    const std::atomic_bool *m_cancelFlag = nullptr;
    std::optional<Actor> m_actor;
};

} // namespace quire
