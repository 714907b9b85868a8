#pragma once

#include "catalog/CatalogSearch.h"

#include <QAbstractTableModel>
#include <QList>

namespace quire {

// Search results as a table, fetched a page at a time as the view scrolls:
// a query matching half a million books costs one page until someone
// scrolls.
class CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogModel)

public:
    enum Column { TitleColumn, AuthorsColumn, PriceColumn, StockColumn, CoverColumn, ColumnCount };
    enum Role {
        IsbnRole = Qt::UserRole + 1,
        CoverPathRole,
    };

    explicit CatalogModel(CatalogSearch &search, int pageSize = 50, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Replaces the results with the first page for `text`.
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_text; }
    const Book &book(int row) const { return m_books.at(row); }

    // The last error searching, empty when all went well.
    const QString &lastError() const { return m_lastError; }

Q_SIGNALS:
    void searchFinished(int rowCount);

private:
    CatalogSearch &m_search;
    int m_pageSize;
    QString m_text;
    QList<Book> m_books;
    bool m_atEnd = true;
    bool m_changing = false; // between begin and end of a reset or insertion
    QString m_lastError;
};

} // namespace quire
