#include "persistence/BookRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

Result<void> BookRepository::upsert(const Book &book, qint64 nowMs)
{
    if (!book.price.isValid())
        return Error::invalid(
            QCoreApplication::translate("quire::BookRepository", "book %1 has no price")
                .arg(book.isbn13));
    auto done = m_database.execCached(
        QStringLiteral(
            "INSERT INTO books (isbn13, title, authors, price_minor, currency, stock, cover_path,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (isbn13) DO UPDATE SET title = excluded.title,"
            " authors = excluded.authors, price_minor = excluded.price_minor,"
            " currency = excluded.currency, stock = excluded.stock,"
            " cover_path = excluded.cover_path, updated_at = excluded.updated_at"),
        {book.isbn13, book.title, book.authors, book.price.minorUnits(), book.price.currency(),
         book.stock, book.coverPath.isEmpty() ? QVariant() : QVariant(book.coverPath), nowMs});
    if (!done)
        return done.error();
    return {};
}

Result<Book> BookRepository::find(const QString &isbn13) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT isbn13, title, authors, price_minor, currency, stock, cover_path"
                       " FROM books WHERE isbn13 = ?"),
        {isbn13});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next())
        return Error::notFound(QCoreApplication::translate("quire::BookRepository",
                                                           "no book with ISBN %1 in the catalog")
                                   .arg(isbn13));
    auto price = Money::fromMinorUnits(row.value(3).toLongLong(), row.value(4).toString());
    if (!price)
        return Error::database(
            QCoreApplication::translate("quire::BookRepository", "book %1 has a damaged price: %2")
                .arg(isbn13, price.error().message));
    return Book{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), *price,
                row.value(5).toInt(),    row.value(6).toString()};
}

Result<QList<Book>> BookRepository::withCoversInStock(int limit) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT isbn13, title, authors, price_minor, currency, stock, cover_path"
                       " FROM books WHERE stock > 0 AND cover_path IS NOT NULL AND cover_path <> ''"
                       " ORDER BY title LIMIT ?"),
        {limit});
    if (!query)
        return query.error();
    QList<Book> books;
    QSqlQuery &row = query.value();
    while (row.next()) {
        auto price = Money::fromMinorUnits(row.value(3).toLongLong(), row.value(4).toString());
        if (!price)
            continue; // a damaged row is not worth showing off
        books.append(Book{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                          *price, row.value(5).toInt(), row.value(6).toString()});
    }
    return books;
}

} // namespace quire
