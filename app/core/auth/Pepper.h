#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace quire {

// The installation's secret PIN pepper: 32 random bytes in a file of its
// own (owner read/write only), never in the database, so a stolen database
// or backup does not allow offline PIN guessing. Losing the file makes every
// stored PIN unverifiable: back it up separately from the database.
class Pepper final
{
public:
    // `<AppConfigLocation>/pin-pepper`.
    static QString defaultPath();

    // Reads the pepper at `path`, or creates it (0600, written to a new file
    // then renamed in place) when there is none. An existing file of the wrong
    // size is refused, never replaced: replacing it would lock everyone out.
    static Result<QByteArray> loadOrCreate(const QString &path);
};

} // namespace quire
