#pragma once

#include "domain/Book.h"
#include "domain/Result.h"

#include <QList>

namespace quire {

class Database;

class BookRepository final
{
public:
    explicit BookRepository(Database &database)
        : m_database(database)
    {}

    // Inserts the title or replaces what the catalog holds for its ISBN.
    Result<void> upsert(const Book &book, qint64 nowMs);
    Result<Book> find(const QString &isbn13) const;
    // Titles to show off (the kiosk's attract screen): in stock, with a
    // cover, by title.
    Result<QList<Book>> withCoversInStock(int limit) const;

private:
    Database &m_database;
};

} // namespace quire
