#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace quire {

// One row the importer refused, and why.
struct ImportProblem
{
    qint64 line = 0; // in the file, 1-based; the header is line 1
    QString isbn;    // as written in the file, possibly empty
    QString reason;  // in words a store manager can act on
};

// What an import did. `committed` is false when nothing was written: the
// file could not be read, its header is wrong, the database failed, or a
// strict import met a bad row.
struct ImportReport
{
    bool committed = false;
    bool cancelled = false; // stopped on request; nothing was written
    QString fatalError;
    qint64 rowsRead = 0;
    qint64 imported = 0; // inserted or updated; 0 unless committed
    QList<ImportProblem> problems;
};

} // namespace quire

Q_DECLARE_METATYPE(quire::ImportReport)
