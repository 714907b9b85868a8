#include "CatalogModel.h"

#include "ModelTextRefresh.h"

#include <QFileInfo>
#include <QIcon>
#include <QLocale>

namespace quire {

CatalogModel::CatalogModel(CatalogSearch &search, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(search)
    , m_pageSize(pageSize)
{
    new ModelTextRefresh(this);
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_books.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Book &book = m_books.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return book.title;
        case AuthorsColumn:
            return book.authors;
        case PriceColumn:
            // An open-price item is priced at its key, sale by sale.
            return book.openPrice ? tr("Open price") : book.price.toString(QLocale());
        case StockColumn:
            if (!book.stockTracked)
                return QStringLiteral("\u2013"); // an en dash: not counted
            return book.stock;
        case CoverColumn:
            return book.coverPath.isEmpty() ? QString() : QFileInfo(book.coverPath).fileName();
        }
        break;
    case Qt::DecorationRole:
        // The cover beside the title (the demo's covers are resources).
        if (index.column() == TitleColumn && !book.coverPath.isEmpty()
            && QFileInfo::exists(book.coverPath))
            return QIcon(book.coverPath);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StockColumn && !book.stockTracked)
            return tr("Not counted: always available");
        if (index.column() == PriceColumn && book.openPrice)
            return tr("Use its quick-sale key and enter the price");
        if (index.column() == StockColumn && book.stock == 0)
            return tr("Out of stock");
        if (index.column() == TitleColumn)
            return tr("ISBN %1").arg(book.isbn13);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == StockColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IsbnRole:
        return book.isbn13;
    case CoverPathRole:
        return book.coverPath;
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case AuthorsColumn:
        return tr("Authors");
    case PriceColumn:
        return tr("Price");
    case StockColumn:
        return tr("In stock");
    case CoverColumn:
        return tr("Cover");
    }
    return {};
}

bool CatalogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CatalogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_search.search(m_text, m_pageSize, int(m_books.size()));
    if (!page) {
        m_lastError = page.error().message;
        m_atEnd = true; // do not retry in a loop; the next search starts afresh
        return;
    }
    m_lastError.clear();
    if (page->size() < m_pageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    // Listeners to the insertion signals may ask for more; the next page is
    // only known after this one is in, so they are told there is none yet.
    m_changing = true;
    beginInsertRows({}, int(m_books.size()), int(m_books.size() + page->size() - 1));
    m_books.append(page.value());
    endInsertRows();
    m_changing = false;
}

void CatalogModel::setSearchText(const QString &text)
{
    // The first page is read before the reset so the view sees one reset
    // with rows in it rather than a reset followed by an insertion.
    auto page = m_search.search(text, m_pageSize, 0);
    beginResetModel();
    m_text = text;
    m_books.clear();
    m_atEnd = true;
    if (page) {
        m_lastError.clear();
        m_books = std::move(page).value();
        m_atEnd = m_books.size() < m_pageSize;
    } else {
        m_lastError = page.error().message;
    }
    // Whoever reacts to the reset (a view, a model tester) must not fetch
    // the next page into a model that is still announcing its reset.
    m_changing = true;
    endResetModel();
    m_changing = false;
    Q_EMIT searchFinished(int(m_books.size()));
}

} // namespace quire
