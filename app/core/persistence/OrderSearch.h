#pragma once

#include "domain/Result.h"
#include "persistence/OrderMatch.h"

#include <QList>
#include <optional>

namespace quire {

class Database;

// Finds paid (and refunded) orders for the refund screen: by receipt number
// (the order number printed on the receipt, "42" or "#42"), by the
// customer's name, e-mail or loyalty card, and within a time range. Newest
// first.
class OrderSearch final
{
public:
    explicit OrderSearch(Database &database)
        : m_database(database)
    {}

    // `text` empty: any order in the range. `from`/`until` invalid: open.
    Result<QList<OrderMatch>> find(const QString &text, const QDateTime &from,
                                   const QDateTime &until, int limit = 200) const;

    // The order number in a scanned or typed receipt number, if it is one.
    static std::optional<qint64> receiptNumber(const QString &text);

private:
    Database &m_database;
};

} // namespace quire
