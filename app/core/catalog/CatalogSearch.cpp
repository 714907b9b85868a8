#include "catalog/CatalogSearch.h"

#include "catalog/CatalogLogging.h"
#include "catalog/Isbn.h"
#include "catalog/ProductCode.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"

#include <QElapsedTimer>
#include <algorithm>

namespace quire {

namespace {

constexpr int MaxWords = 8;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Digits with hyphens or spaces between them ("978-0-306") are the start of
// an ISBN being typed, not several numbers.
bool isIsbnFragment(const QString &text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (c != u'-' && !c.isSpace())
            return false;
    }
    return digits >= 3;
}

} // namespace

QStringList CatalogSearch::searchWords(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isIsbnFragment(trimmed)) {
        QString digits;
        for (const QChar c : trimmed) {
            if (c.isDigit())
                digits.append(c);
        }
        return {digits};
    }

    QStringList words;
    QString current;
    auto flush = [&] {
        // A one-letter prefix matches most of a large catalog and narrows
        // nothing; the next keystroke makes it useful.
        if (current.size() >= 2 && words.size() < MaxWords)
            words.append(current);
        current.clear();
    };
    for (const QChar c : trimmed) {
        if (isWordCharacter(c))
            current.append(c);
        else
            flush();
    }
    flush();
    return words;
}

Result<QList<Book>> CatalogSearch::search(const QString &text, int limit, int offset) const
{
    if (limit <= 0 || offset < 0)
        return QList<Book>();

    // A code (an ISBN, a barcode, a store code) is looked up exactly. A
    // short number that is no store code in the catalog ("1984") is then
    // searched as words.
    if (ProductCode::looksLikeCode(text)) {
        if (const auto code = ProductCode::parse(text); code.ok()) {
            auto book = BookRepository(m_database).find(code->ean13());
            if (!book && book.error().kind != ErrorKind::NotFound)
                return book.error();
            if (book)
                return offset > 0 ? QList<Book>() : QList<Book>{book.value()};
            const bool typedShort
                = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })
                  <= ProductCode::MaxStoreCodeDigits;
            if (!typedShort)
                return QList<Book>();
        }
    }

    const QStringList words = searchWords(text);
    if (words.isEmpty())
        return QList<Book>();

    const SqlDialect &dialect = m_database.dialect();
    QElapsedTimer timer;
    timer.start();
    auto order = orderFor(words);
    if (!order)
        return order.error();
    auto query = m_database.exec(
        dialect.catalogSearchSql(*order),
        {dialect.catalogSearchQuery(words), qMax(m_rankingWindow, limit), limit, offset});
    if (!query)
        return query.error();

    QList<Book> books;
    books.reserve(limit);
    QSqlQuery &row = query.value();
    while (row.next()) {
        auto price = Money::fromMinorUnits(row.value(3).toLongLong(), row.value(4).toString());
        if (!price)
            return Error::database(tr("Book %1 has a damaged price: %2")
                                       .arg(row.value(0).toString(), price.error().message));
        Book book{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), *price,
                  row.value(5).toInt(),    row.value(6).toString()};
        book.openPrice = row.value(7).toInt() != 0;
        book.stockTracked = row.value(8).toInt() != 0;
        books.append(book);
    }
    qCDebug(lcCatalog) << "search of" << words.size() << "words:" << books.size() << "hits in"
                       << timer.nsecsElapsed() / 1000 << "us";
    return books;
}

Result<SqlDialect::CatalogOrder> CatalogSearch::orderFor(const QStringList &words) const
{
    // Relevance ranking reads every match of every word in the catalog
    // (bm25 needs each word's document count), so one broad word ("th",
    // "the") would make each keystroke cost a scan of most of the index.
    // Each word is probed with a capped count first; a broad one switches
    // to ordering the first matches by title.
    const SqlDialect &dialect = m_database.dialect();
    for (const QString &word : words) {
        auto count = m_database.exec(dialect.catalogMatchCountSql(),
                                     {dialect.catalogSearchQuery({word}), m_rankingWindow + 1});
        if (!count)
            return count.error();
        if (count.value().next() && count.value().value(0).toInt() > m_rankingWindow)
            return SqlDialect::CatalogOrder::Title;
    }
    return SqlDialect::CatalogOrder::Relevance;
}

Result<Book> CatalogSearch::findByIsbn(const QString &text) const
{
    const auto isbn = Isbn::parse(text);
    if (!isbn)
        return isbn.error();
    return BookRepository(m_database).find(isbn->isbn13());
}

Result<QList<Book>> CatalogSearch::showcase(int limit) const
{
    return BookRepository(m_database).withCoversInStock(limit);
}

} // namespace quire
