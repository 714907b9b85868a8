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
            " updated_at, tax_category, kind, open_price, stock_tracked)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (isbn13) DO UPDATE SET title = excluded.title,"
            " authors = excluded.authors, price_minor = excluded.price_minor,"
            " currency = excluded.currency, stock = excluded.stock,"
            " cover_path = excluded.cover_path, updated_at = excluded.updated_at,"
            " tax_category = excluded.tax_category, kind = excluded.kind,"
            " open_price = excluded.open_price, stock_tracked = excluded.stock_tracked"),
        {book.isbn13, book.title, book.authors, book.price.minorUnits(), book.price.currency(),
         book.stock, book.coverPath.isEmpty() ? QVariant() : QVariant(book.coverPath), nowMs,
         toDatabaseText(book.taxCategory),
         book.isItem ? QStringLiteral("item") : QStringLiteral("book"), book.openPrice ? 1 : 0,
         book.stockTracked ? 1 : 0});
    if (!done)
        return done.error();
    return {};
}

Result<Book> BookRepository::find(const QString &isbn13) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT isbn13, title, authors, price_minor, currency, stock, cover_path,"
                       " tax_category, kind, open_price, stock_tracked, price_bound FROM books"
                       " WHERE isbn13 = ?"),
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
    const auto category = taxCategoryFromDatabaseText(row.value(7).toString());
    if (!category)
        return Error::database(
            QCoreApplication::translate("quire::BookRepository",
                                        "book %1 has an unknown tax category '%2'")
                .arg(isbn13, row.value(7).toString()));
    Book book{row.value(0).toString(),
              row.value(1).toString(),
              row.value(2).toString(),
              *price,
              row.value(5).toInt(),
              row.value(6).toString(),
              *category};
    book.isItem = row.value(8).toString() == u"item";
    book.openPrice = row.value(9).toInt() != 0;
    book.stockTracked = row.value(10).toInt() != 0;
    if (!row.value(11).isNull())
        book.priceBoundFlag = row.value(11).toInt() != 0;
    return book;
}

Result<QList<Book>> BookRepository::withCoversInStock(int limit) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT isbn13, title, authors, price_minor, currency, stock, cover_path,"
                       " tax_category FROM books WHERE stock > 0 AND cover_path IS NOT NULL AND "
                       "cover_path <> '' AND open_price = 0"
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
        const auto category = taxCategoryFromDatabaseText(row.value(7).toString());
        if (!category)
            continue;
        books.append(Book{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                          *price, row.value(5).toInt(), row.value(6).toString(), *category});
    }
    return books;
}

} // namespace quire
