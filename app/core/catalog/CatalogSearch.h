#pragma once

#include "domain/Book.h"
#include "domain/Result.h"
#include "persistence/SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace quire {

class Database;

// Finds books while the clerk types. Text that is an ISBN goes straight to
// the book; anything else is a full-text search over title, authors and ISBN
// in which every word is a prefix ("prid prej" finds Pride and Prejudice),
// accents do not matter, and nothing the user types can be taken as query
// syntax. Selective queries are ranked by relevance (title above authors
// above ISBN); broad ones are listed by title, so that every keystroke stays
// fast on a large catalog.
class CatalogSearch
{
    Q_DECLARE_TR_FUNCTIONS(quire::CatalogSearch)

public:
    // A query whose every word matches at most this many books is ranked
    // by relevance; a broader one lists this many of its matches by title.
    static constexpr int DefaultRankingWindow = 2000;

    explicit CatalogSearch(Database &database, int rankingWindow = DefaultRankingWindow)
        : m_database(database)
        , m_rankingWindow(rankingWindow)
    {}

    // One page of results, best first. Empty for text too short to search.
    Result<QList<Book>> search(const QString &text, int limit, int offset = 0) const;

    // The book with exactly this ISBN (any accepted form), or NotFound.
    Result<Book> findByIsbn(const QString &text) const;

    // Titles to show off (the kiosk's attract screen): in stock, with a
    // cover, by title.
    Result<QList<Book>> showcase(int limit) const;

    // The user's text as search words: runs of letters, digits and combining
    // marks; at most eight; one-letter words dropped (except an ISBN's
    // digits, which are joined into one word). Public for tests.
    static QStringList searchWords(const QString &text);

private:
    Result<SqlDialect::CatalogOrder> orderFor(const QStringList &words) const;

    Database &m_database;
    int m_rankingWindow;
};

} // namespace quire
